import { describe, expect, it } from 'vitest';
import { emptyComputeRegion } from './region-state';
import { detailView, hostId, instanceName, isoTime } from './server-view';
import { emptyState } from '../state';
import type { ComputeCall } from './call';
import type { ServerRecord } from './nova-state';

const FLAVOR = {
  id: '2',
  name: 'm1.small',
  vcpus: 1,
  ram: 2048,
  disk: 20,
  ephemeral: 0,
  swap: 0,
  extraSpecs: { a: 'b' },
};

function server(fields: Partial<ServerRecord> = {}): ServerRecord {
  return {
    id: 'srv',
    name: 'web',
    projectId: 'p1',
    userId: 'u1',
    description: 'd',
    hostname: 'web',
    imageId: 'img',
    flavor: FLAVOR,
    oldFlavor: null,
    newFlavor: null,
    keyName: 'k',
    userData: 'aGk=',
    configDrive: true,
    metadata: { m: '1' },
    tags: ['t'],
    securityGroups: ['default'],
    availabilityZone: 'nova',
    requestedAvailabilityZone: null,
    accessIPv4: '',
    accessIPv6: '',
    diskConfig: 'MANUAL',
    reservationId: 'r-abc',
    launchIndex: 0,
    instanceNumber: 42,
    host: 'sandbox-compute',
    groupId: 'g1',
    resizeFrom: null,
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
    updatedAt: Date.UTC(2026, 0, 2, 3, 4, 9),
    launchedAt: Date.UTC(2026, 0, 2, 3, 4, 8),
    terminatedAt: null,
    deletedAt: null,
    state: { vmState: 'active', taskState: null, powerState: 1 },
    steps: [],
    locked: true,
    lockedReason: 'exam',
    lockedBy: 'owner',
    fault: null,
    pendingFault: null,
    bdms: [],
    requestedNetworks: '{"kind":"none"}',
    ports: [],
    shelvedImageId: null,
    ...fields,
  };
}

function call(minor: number, admin = false): ComputeCall {
  return {
    req: { origin: 'http://nova:8774', params: {}, query: new URLSearchParams() },
    version: { major: 2, minor },
    caller: {
      userId: 'u1',
      userName: 'demo',
      projectId: 'p1',
      roles: admin ? ['admin'] : ['member'],
    },
    region: emptyComputeRegion(),
    urlProjectId: null,
    now: Date.UTC(2026, 0, 2, 3, 5),
    changed: () => undefined,
    state: emptyState(),
    regionId: 'RegionOne',
    timings: { bootMs: 1000 },
  } as unknown as ComputeCall;
}

describe('server view', () => {
  it('formats times, host id and instance name as Nova does', () => {
    expect(isoTime(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('2026-01-02T03:04:05Z');
    expect(hostId(null, 'p1')).toBe('');
    expect(hostId('h', 'p1')).toMatch(/^[0-9a-f]{56}$/);
    expect(instanceName({ instanceNumber: 42 })).toBe('instance-0000002a');
  });

  it('shows 2.1 fields only at 2.1', () => {
    const v = detailView(call(1), server());
    expect(v.flavor).toEqual({
      id: '2',
      links: [{ rel: 'bookmark', href: 'http://nova:8774/flavors/2' }],
    });
    expect(v).toMatchObject({
      config_drive: 'True',
      key_name: 'k',
      'OS-SRV-USG:launched_at': '2026-01-02T03:04:08.000000',
    });
    for (const key of [
      'locked',
      'description',
      'tags',
      'locked_reason',
      'host_status',
      'server_groups',
    ]) {
      expect(v[key], key).toBeUndefined();
    }
    expect(v['OS-EXT-SRV-ATTR:host']).toBeUndefined();
  });

  it('adds later fields by microversion and the extended attributes for admins', () => {
    const member = detailView(call(93), server(), { serverGroups: true });
    expect(member).toMatchObject({
      locked: true,
      locked_reason: 'exam',
      description: 'd',
      tags: ['t'],
      trusted_image_certificates: null,
      'OS-EXT-SRV-ATTR:hostname': 'web',
      server_groups: ['g1'],
      flavor: { original_name: 'm1.small', extra_specs: { a: 'b' } },
    });
    expect(member['OS-EXT-SRV-ATTR:user_data']).toBeUndefined();
    const admin = detailView(call(93, true), server());
    expect(admin).toMatchObject({
      'OS-EXT-SRV-ATTR:instance_name': 'instance-0000002a',
      'OS-EXT-SRV-ATTR:user_data': 'aGk=',
      host_status: 'UP',
    });
    expect(admin.server_groups).toBeUndefined();
  });

  it('shows a fault only in ERROR, with details for admins or non-500 codes', () => {
    const fault = { code: 500, message: 'No valid host was found. ', details: 'tb', createdAt: 0 };
    const error = server({
      state: { vmState: 'error', taskState: null, powerState: 0 },
      fault,
      host: null,
      launchedAt: null,
    });
    expect(detailView(call(93), error).fault).toEqual({
      code: 500,
      created: '1970-01-01T00:00:00Z',
      message: 'No valid host was found. ',
    });
    expect((detailView(call(93, true), error).fault as { details: string }).details).toBe('tb');
    expect(detailView(call(93), error)['OS-EXT-AZ:availability_zone']).toBe('');
    expect(detailView(call(93), server({ fault })).fault).toBeUndefined();
    expect(detailView(call(93), error).progress).toBeUndefined();
  });

  it('reduces PUT and rebuild answers before 2.75', () => {
    const reduced = detailView(call(74), server(), { reduced: true });
    expect(reduced['OS-EXT-STS:vm_state']).toBeUndefined();
    expect(reduced.key_name).toBeUndefined();
    expect(reduced.locked).toBe(true);
  });
});
