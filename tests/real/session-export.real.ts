// Issue 12 §3: a session's export replays to the same state. The session is
// composed from the SAME equivalents functions the forms call (key pair, network,
// subnet, router and interface, security group and rule, a volume), with the IDs
// the dashboard would have seen; the exported shell script then runs with the
// real `openstack` CLI as a fresh user in a fresh project, and the API shows the
// same resources with the same attributes. The devcloud, or REAL_TARGET=sandbox.
import { execFile } from 'node:child_process';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKeypairEquivalents } from '@/components/keypairs/keypairs-equivalents';
import {
  createNetworkEquivalents,
  createSubnetEquivalents,
} from '@/components/networks/networks-equivalents';
import {
  addInterfaceEquivalents,
  createRouterEquivalents,
} from '@/components/routers/routers-equivalents';
import {
  addRuleEquivalents,
  createSecurityGroupEquivalents,
} from '@/components/security-groups/security-groups-equivalents';
import { ed25519PublicKey } from '@/e2e/keys';
import { createVolumeEquivalents } from '@/lib/equivalents/cinder-volume';
import { hotTemplate, shellScript } from '@/lib/session-log/compose';
import type { SessionLogEntry } from '@/lib/session-log/types';
import {
  cleanUp,
  shell,
  stackCreate,
  stackDelete,
  uniqueName,
  workspace,
  type Workspace,
} from '@/tests/real/clients';

let admin: Workspace;
let student: Workspace;
const project = uniqueName('session');
const user = `${project}-user`;
const password = `pw-${Math.random().toString(36).slice(2, 12)}`;

// The IDs the dashboard saw in the original session (another project's).
const ID = {
  network: '11111111-1111-4111-8111-111111111111',
  subnet: '22222222-2222-4222-8222-222222222222',
  router: '33333333-3333-4333-8333-333333333333',
  group: '44444444-4444-4444-8444-444444444444',
  volume: '55555555-5555-4555-8555-555555555555',
};
function names(suffix = '') {
  return {
    key: `${project}-key${suffix}`,
    network: `${project}-net${suffix}`,
    subnet: `${project}-subnet${suffix}`,
    router: `${project}-router${suffix}`,
    group: `${project}-sg${suffix}`,
    volume: `${project}-vol${suffix}`,
  };
}
const N = names();
const H = names('-hot');
const stack = `${project}-stack`;
const SSH = {
  direction: 'ingress' as const,
  ethertype: 'IPv4' as const,
  protocol: 'tcp',
  portRangeMin: 22,
  portRangeMax: 22,
  remoteIpPrefix: '0.0.0.0/0',
  remoteGroupId: null,
  description: '',
};

let n = 0;
function entry(action: string, over: Partial<SessionLogEntry>): SessionLogEntry {
  n += 1;
  return {
    id: String(n),
    time: new Date(Date.UTC(2026, 11, 7, 10, n)).toISOString(),
    action,
    ok: true,
    ...over,
  };
}

function session(publicKey: string, N = names()): SessionLogEntry[] {
  return [
    entry('Import Public Key', {
      resource: { name: N.key },
      equivalents: importKeypairEquivalents(N.key, 'ssh', publicKey),
    }),
    entry('Create Network', {
      resource: { name: N.network, id: ID.network },
      equivalents: createNetworkEquivalents({ name: N.network, admin_state_up: true }),
    }),
    entry('Create Subnet', {
      resource: { name: N.subnet, id: ID.subnet },
      equivalents: createSubnetEquivalents({
        network_id: ID.network,
        name: N.subnet,
        cidr: '10.77.3.0/24',
        ip_version: 4,
        enable_dhcp: true,
      }),
    }),
    // Refused by the cloud: listed on the page, never in the script.
    entry('Create Subnet', {
      ok: false,
      error: 'Invalid input for operation: overlapping CIDR',
      equivalents: createSubnetEquivalents({
        network_id: ID.network,
        name: `${N.subnet}-dup`,
        cidr: '10.77.3.0/24',
        ip_version: 4,
      }),
    }),
    entry('Create Router', {
      resource: { name: N.router, id: ID.router },
      equivalents: createRouterEquivalents({ name: N.router, adminStateUp: true }),
    }),
    entry('Add Interface', {
      resource: { name: N.router, id: ID.router },
      equivalents: addInterfaceEquivalents(ID.router, {
        networkId: ID.network,
        subnetId: ID.subnet,
      }),
    }),
    entry('Create Security Group', {
      resource: { name: N.group, id: ID.group },
      equivalents: createSecurityGroupEquivalents(N.group, 'replayed'),
    }),
    entry('Add Rule', { equivalents: addRuleEquivalents(ID.group, SSH) }),
    entry('Create Volume', {
      resource: { name: N.volume, id: ID.volume },
      equivalents: createVolumeEquivalents({
        name: N.volume,
        description: 'replayed',
        size: '1',
        source: 'blank',
        sourceId: '',
        type: '',
        availabilityZone: '',
      }),
    }),
  ];
}

async function json<T>(ws: Workspace, command: string): Promise<T> {
  return JSON.parse(await shell(ws, `${command} -f json`)) as T;
}

beforeAll(async () => {
  admin = await workspace('admin');
  await shell(admin, `openstack project create --domain default ${project} >/dev/null`);
  await shell(
    admin,
    `openstack user create --domain default --project ${project} --password ${password} ${user} >/dev/null`,
  );
  await shell(admin, `openstack role add --project ${project} --user ${user} member`);
  student = await workspace('demo');
  student.env = {
    ...student.env,
    OS_USERNAME: user,
    OS_PASSWORD: password,
    OS_PROJECT_NAME: project,
  };
});

// Two hooks, each with its own time limit (vitest runs after-hooks last first):
// the project's resources go, then the project and its user, even when the first
// ran long on a busy cloud.
afterAll(async () => {
  if (!admin) return;
  // The project's default security group goes with the project's resources.
  await cleanUp(admin, [
    `for g in $(openstack security group list --project ${project} -f value -c ID); do openstack security group delete "$g"; done`,
    `openstack user delete ${user}`,
    `openstack project delete ${project}`,
  ]);
}, 600_000);

afterAll(async () => {
  if (!student) return;
  await stackDelete(student, stack);
  await cleanUp(student, [
    `openstack router remove subnet ${N.router} ${N.subnet} || true`,
    `openstack router delete ${N.router} || true`,
    `openstack subnet delete ${N.subnet} || true`,
    `openstack network delete ${N.network} || true`,
    `openstack security group delete ${N.group} || true`,
    `openstack volume delete ${N.volume} || true`,
    `openstack keypair delete ${N.key} || true`,
  ]);
}, 600_000);

describe('Session export replay', () => {
  it('the exported shell script recreates the session in a fresh project', async () => {
    const key = ed25519PublicKey('session@replay');
    await writeFile(path.join(student.home, '.ssh', 'id_ed25519.pub'), `${key}\n`);
    const script = shellScript(session(key));
    // What the script must not carry: the refused change, the original project's IDs.
    expect(script).not.toContain(`${N.subnet}-dup`);
    for (const id of Object.values(ID)) expect(script).not.toContain(id);
    const file = path.join(student.dir, 'session.sh');
    await writeFile(file, script);
    await chmod(file, 0o755);
    // Run as a student would after sourcing the openrc (the env holds its variables).
    // Eight CLI calls take minutes on a busy machine: longer than shell()'s limit.
    await promisify(execFile)(file, [], {
      cwd: student.dir,
      env: student.env as unknown as NodeJS.ProcessEnv,
      timeout: 540_000,
    });

    const keypair = await json<{ name: string; fingerprint: string }>(
      student,
      `openstack keypair show ${N.key}`,
    );
    expect(keypair.name).toBe(N.key);

    const network = await json<{ id: string; admin_state_up: boolean; project_id: string }>(
      student,
      `openstack network show ${N.network}`,
    );
    const projectId = (
      await shell(admin, `openstack project show -f value -c id ${project}`)
    ).trim();
    expect(network.project_id).toBe(projectId);
    expect(network.admin_state_up).toBe(true);

    const subnet = await json<{
      id: string;
      cidr: string;
      network_id: string;
      enable_dhcp: boolean;
    }>(student, `openstack subnet show ${N.subnet}`);
    expect(subnet).toMatchObject({
      cidr: '10.77.3.0/24',
      network_id: network.id,
      enable_dhcp: true,
    });

    const ports = await json<{ 'Fixed IP Addresses': { subnet_id: string }[] }[]>(
      student,
      `openstack port list --router ${N.router}`,
    );
    expect(ports.flatMap((p) => p['Fixed IP Addresses'].map((f) => f.subnet_id))).toContain(
      subnet.id,
    );

    const group = await json<{
      id: string;
      description: string;
      rules: {
        direction: string;
        protocol: string | null;
        port_range_min: number | null;
        port_range_max: number | null;
        remote_ip_prefix: string | null;
      }[];
    }>(student, `openstack security group show ${N.group}`);
    expect(group.description).toBe('replayed');
    expect(group.rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          direction: 'ingress',
          protocol: 'tcp',
          port_range_min: 22,
          port_range_max: 22,
          remote_ip_prefix: '0.0.0.0/0',
        }),
      ]),
    );

    const volume = await json<{ size: number; description: string }>(
      student,
      `openstack volume show ${N.volume}`,
    );
    expect(volume).toMatchObject({ size: 1, description: 'replayed' });
  });

  it('the exported Heat template creates the same resources as one stack', async () => {
    const text = hotTemplate(session(ed25519PublicKey('session@hot'), H));
    expect(text).not.toBeNull();
    for (const id of Object.values(ID)) expect(text).not.toContain(id);
    await stackCreate(student, stack, text ?? '');
    const network = await json<{ id: string }>(student, `openstack network show ${H.network}`);
    const subnet = await json<{ id: string; cidr: string; network_id: string }>(
      student,
      `openstack subnet show ${H.subnet}`,
    );
    expect(subnet).toMatchObject({ cidr: '10.77.3.0/24', network_id: network.id });
    const ports = await json<{ 'Fixed IP Addresses': { subnet_id: string }[] }[]>(
      student,
      `openstack port list --router ${H.router}`,
    );
    expect(ports.flatMap((p) => p['Fixed IP Addresses'].map((f) => f.subnet_id))).toContain(
      subnet.id,
    );
    const group = await json<{
      description: string;
      rules: { protocol: string | null; port_range_min: number | null }[];
    }>(student, `openstack security group show ${H.group}`);
    expect(group.description).toBe('replayed');
    expect(group.rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ protocol: 'tcp', port_range_min: 22 })]),
    );
    expect(
      await json<{ size: number }>(student, `openstack volume show ${H.volume}`),
    ).toMatchObject({
      size: 1,
    });
    expect((await json<{ name: string }>(student, `openstack keypair show ${H.key}`)).name).toBe(
      H.key,
    );
  });
});
