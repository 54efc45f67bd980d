import { describe, expect, it } from 'vitest';
import { listPlan, type ListPlan } from './server-list';
import { sortServers, sortSpec } from './server-sort';
import type { ServerRecord } from './nova-state';

const v = (minor: number) => ({ major: 2, minor });

function server(n: number, fields: Partial<ServerRecord> = {}): ServerRecord {
  return {
    id: `id-${n}`,
    name: `vm-${n}`,
    projectId: 'p1',
    userId: 'u1',
    description: null,
    hostname: `vm-${n}`,
    imageId: 'img',
    flavor: {
      id: '1',
      name: 'm1.tiny',
      vcpus: 1,
      ram: 512,
      disk: 1,
      ephemeral: 0,
      swap: 0,
      extraSpecs: {},
    },
    oldFlavor: null,
    newFlavor: null,
    keyName: null,
    userData: null,
    configDrive: false,
    metadata: {},
    tags: [],
    securityGroups: [],
    availabilityZone: 'nova',
    requestedAvailabilityZone: null,
    accessIPv4: '',
    accessIPv6: '',
    diskConfig: 'MANUAL',
    reservationId: 'r-1',
    launchIndex: 0,
    instanceNumber: n,
    host: 'h',
    groupId: null,
    resizeFrom: null,
    createdAt: n * 1000,
    updatedAt: n * 1000,
    launchedAt: n * 1000,
    terminatedAt: null,
    deletedAt: null,
    state: { vmState: 'active', taskState: null, powerState: 1 },
    steps: [],
    locked: false,
    lockedReason: null,
    lockedBy: null,
    fault: null,
    pendingFault: null,
    bdms: [],
    requestedNetworks: '{"kind":"none"}',
    ports: [],
    shelvedImageId: null,
    ...fields,
  };
}

function plan(query: string, opts: { admin?: boolean; minor?: number } = {}) {
  return listPlan({
    query: new URLSearchParams(query),
    version: v(opts.minor ?? 93),
    isAdmin: opts.admin ?? false,
    projectId: 'p1',
    detail: true,
    addresses: (s) => (s.id === 'id-1' ? ['10.0.0.5', 'fd00::5'] : ['10.0.0.15']),
  });
}

function run(
  query: string,
  servers: ServerRecord[],
  opts: { admin?: boolean; minor?: number } = {},
) {
  const p = plan(query, opts) as ListPlan;
  return servers.filter((s) => p.filters.every((f) => f(s))).map((s) => s.id);
}

const servers = [
  server(1, { name: 'web-a', tags: ['a', 'b'] }),
  server(2, {
    name: 'DB',
    state: { vmState: 'stopped', taskState: null, powerState: 4 },
    projectId: 'p2',
  }),
  server(3, {
    name: 'web-b',
    state: { vmState: 'active', taskState: 'rebooting', powerState: 1 },
    locked: true,
  }),
];

describe('list filters', () => {
  it('keeps to the caller project unless an admin asks for all_tenants', () => {
    expect(run('', servers)).toEqual(['id-1', 'id-3']);
    expect(run('all_tenants=1', servers, { admin: true })).toEqual(['id-1', 'id-2', 'id-3']);
    expect(run('all_tenants=1&project_id=p2', servers, { admin: true })).toEqual(['id-2']);
    expect(plan('all_tenants')).toEqual({
      status: 403,
      message:
        "Policy doesn't allow os_compute_api:servers:detail:get_all_tenants to be performed.",
    });
  });

  it('matches names as a case-insensitive regex, ip anchored at the start', () => {
    expect(run('name=^WEB', servers)).toEqual(['id-1', 'id-3']);
    expect(run('name=b$', servers)).toEqual(['id-3']);
    expect(run('ip=10.0.0.5', servers)).toEqual(['id-1']);
    expect(run('ip=0.0.5', servers)).toEqual([]);
    expect(run('ip6=fd00', servers)).toEqual(['id-1']);
  });

  it('maps status to vm and task states', () => {
    expect(run('status=REBOOT', servers)).toEqual(['id-3']);
    // ACTIVE is the default of vm_state active: Nova then drops the task filter.
    expect(run('status=ACTIVE', servers)).toEqual(['id-1', 'id-3']);
    expect(run('status=ACTIVE&status=REBOOT', servers)).toEqual(['id-1', 'id-3']);
    expect(plan('status=nope')).toEqual({ status: 400, message: 'Invalid status value' });
    expect((plan('status=nope', { minor: 37 }) as ListPlan).empty).toBe(true);
    expect(plan('status=DELETED')).toEqual({
      status: 403,
      message: 'Only administrators may list deleted instances',
    });
  });

  it('filters tags from 2.26 and locked from 2.73; ignores what a member may not use', () => {
    expect(run('tags=a,b', servers)).toEqual(['id-1']);
    expect(run('not-tags-any=a', servers)).toEqual(['id-3']);
    expect(run('locked=true', servers)).toEqual(['id-3']);
    expect(run('locked=true', servers, { minor: 72 })).toEqual(['id-1', 'id-3']);
    expect(run('host=elsewhere', servers)).toEqual(['id-1', 'id-3']);
    expect(run('host=elsewhere', servers, { admin: true })).toEqual([]);
  });
});

describe('sorting and paging', () => {
  it('defaults to created_at desc and tie-breaks on creation order', () => {
    const spec = sortSpec(new URLSearchParams(), v(93), false);
    expect(spec).toEqual({ keys: ['created_at'], dirs: ['desc'] });
    const same = [server(1, { createdAt: 5 }), server(2, { createdAt: 5 })];
    expect(sortServers(same, { keys: ['created_at'], dirs: ['desc'] }).map((s) => s.id)).toEqual([
      'id-2',
      'id-1',
    ]);
  });

  it('drops admin-only and ignored keys, pads directions with the first', () => {
    expect(
      sortSpec(
        new URLSearchParams('sort_key=host&sort_key=display_name&sort_dir=asc'),
        v(93),
        false,
      ),
    ).toEqual({
      keys: ['display_name'],
      dirs: ['asc'],
    });
    expect(sortSpec(new URLSearchParams('sort_key=vcpus'), v(72), false)).toEqual({
      keys: ['created_at'],
      dirs: ['desc'],
    });
    const sorted = sortServers(servers, { keys: ['display_name'], dirs: ['asc'] });
    expect(sorted.map((s) => s.name)).toEqual(['DB', 'web-a', 'web-b']);
  });
});
