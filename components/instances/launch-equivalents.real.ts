// Launch Instance's equivalent commands, run for real against the devcloud: the
// CLI, the openstacksdk call and the Heat template must each give servers that
// become ACTIVE with what the wizard asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ed25519PublicKey } from '@/e2e/keys';
import {
  python,
  shell,
  stackCreate,
  stackDelete,
  uniqueName,
  workspace,
  type Workspace,
  NO_SANDBOX_HEAT,
  skipOnSandbox,
} from '@/tests/real/clients';
import { LAUNCH_DEFAULTS, readLaunchDraft, type LaunchInput } from './instances-launch';
import { launchEquivalents, launchedNames, type LaunchRefs } from './instances-launch-equivalents';

let ws: Workspace;
const run = Math.random().toString(36).slice(2, 8);
const KEY = `eq-launch-key-${run}`;
const GROUP_NAME = `eq-launch-group-${run}`;
const SG = `eq-launch-sg-${run}`;
let image = '';
let flavor = '';
let network = '';
let group = '';
let refs: LaunchRefs = {};

const unique = (prefix: string) => uniqueName(`launch-${prefix}`);

async function value(command: string): Promise<string> {
  return (await shell(ws, command)).trim();
}

interface ServerShow {
  id: string;
  status: string;
  key_name?: string;
  description?: string;
  config_drive?: string;
  properties?: Record<string, string> | string;
  security_groups?: { name: string }[] | string;
  fault?: { message?: string };
}

async function show(name: string): Promise<ServerShow> {
  return JSON.parse(
    await shell(ws, `openstack --os-compute-api-version 2.19 server show -f json '${name}'`),
  ) as ServerShow;
}

/** Polls `openstack server show` until the server is ACTIVE (fails fast on ERROR). */
async function waitActive(name: string, timeoutMs = 120_000): Promise<ServerShow> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const server = await show(name).catch(() => undefined);
    if (server?.status === 'ACTIVE') return server;
    if (server?.status === 'ERROR')
      throw new Error(`${name} went to ERROR: ${server.fault?.message ?? 'no fault'}`);
    if (Date.now() > deadline) throw new Error(`${name} is ${server?.status ?? 'missing'}`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

async function deleteServers(names: string[]): Promise<void> {
  await shell(ws, `openstack server delete --wait ${names.join(' ')}`);
}

async function serverNames(): Promise<string[]> {
  return (await value('openstack server list -f value -c Name')).split('\n').filter(Boolean);
}

function launch(over: Partial<LaunchInput>): LaunchInput {
  return {
    ...readLaunchDraft(LAUNCH_DEFAULTS),
    source_id: image,
    flavor,
    networks: [network],
    security_groups: [],
    ...over,
  };
}

/** Everything the wizard offers, that the devcloud can do. */
function fullLaunch(name: string): LaunchInput {
  return launch({
    name,
    description: `Lab 3: <b>web</b> & it's "quoted"`,
    availability_zone: 'nova',
    count: 2,
    security_groups: ['default', SG],
    key_name: KEY,
    user_data: '#!/bin/sh\necho "hello from $(hostname)" > /tmp/hello\n',
    config_drive: true,
    server_group: group,
    scheduler_hints: { course: 'cloud-101' },
    metadata: { role: 'web', 'owner name': 'student 1' },
  });
}

function properties(server: ServerShow): string {
  return typeof server.properties === 'string'
    ? server.properties
    : JSON.stringify(server.properties ?? {});
}

async function expectFull(names: string[], withDescription: boolean): Promise<void> {
  for (const name of names) {
    const server = await waitActive(name);
    expect(server.key_name).toBe(KEY);
    expect(server.config_drive).toMatch(/^(True|true)$/);
    expect(properties(server)).toContain('owner name');
    expect(properties(server)).toContain('student 1');
    expect(JSON.stringify(server.security_groups)).toContain(SG);
    if (withDescription) expect(server.description).toBe(`Lab 3: <b>web</b> & it's "quoted"`);
  }
  const members = await value(`openstack server group show -f json -c members ${group}`);
  for (const name of names) expect(members).toContain((await show(name)).id);
}

beforeAll(async () => {
  ws = await workspace();
  image = await value('openstack image show -f value -c id cirros-like');
  flavor = await value('openstack flavor show -f value -c id m1.tiny');
  network = await value('openstack network show -f value -c id private');
  refs = { [image]: 'cirros-like', [flavor]: 'm1.tiny', [network]: 'private' };
  await shell(ws, `cat > key.pub <<'EOF'\n${ed25519PublicKey('student@laptop')}\nEOF`);
  await shell(ws, `openstack keypair create --public-key key.pub ${KEY} >/dev/null`);
  // Soft affinity: the devcloud's scheduler has no ServerGroupAffinityFilter, only the weighers.
  group = await value(
    `openstack --os-compute-api-version 2.15 server group create --policy soft-affinity -f value -c id ${GROUP_NAME}`,
  );
  await shell(ws, `openstack security group create ${SG} >/dev/null`);
}, 120_000);

afterAll(async () => {
  const left = (await serverNames()).filter((n) => n.startsWith('eq-launch-'));
  if (left.length) await deleteServers(left).catch(() => undefined);
  await shell(ws, `openstack keypair delete ${KEY} || true`);
  await shell(ws, `openstack server group delete ${GROUP_NAME} || true`);
  await shell(ws, `openstack security group delete ${SG} || true`);
  await shell(
    ws,
    `openstack volume list -f value -c Name | grep '^eq-launch-' | xargs -r openstack volume delete || true`,
  );
}, 300_000);

describe('a simple launch (image cirros-like, flavor m1.tiny, network private)', () => {
  it('the CLI command creates a server that becomes ACTIVE', async () => {
    const name = unique('cli');
    const eq = launchEquivalents(launch({ name }), refs);
    expect(eq.cli).toContain('--image cirros-like');
    await shell(ws, eq.cli);
    await waitActive(name);
    await deleteServers([name]);
  });

  it('the openstacksdk call creates a server that becomes ACTIVE', async () => {
    const name = unique('sdk');
    await python(ws, launchEquivalents(launch({ name }), refs).sdk);
    await waitActive(name);
    expect(await serverNames()).toContain(name);
    await deleteServers([name]);
  });

  it('the Heat template creates a server that becomes ACTIVE', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const name = unique('hot');
    const stack = `${name}-stack`;
    try {
      await stackCreate(ws, stack, launchEquivalents(launch({ name }), refs).hot);
      await waitActive(name);
    } finally {
      await stackDelete(ws, stack);
    }
    expect(await serverNames()).not.toContain(name);
  });
});

describe('a full launch (count 2, description, zone, groups, key, user data, config drive, server group, hints, metadata)', () => {
  it('the CLI command launches both servers with everything set', async () => {
    const name = unique('cli-full');
    const input = fullLaunch(name);
    await shell(ws, launchEquivalents(input, refs).cli);
    await expectFull(launchedNames(input), true);
    await deleteServers(launchedNames(input));
  });

  it('the openstacksdk call launches both servers with everything set', async () => {
    const name = unique('sdk-full');
    const input = fullLaunch(name);
    await python(ws, launchEquivalents(input, refs).sdk);
    await expectFull(launchedNames(input), true);
    await deleteServers(launchedNames(input));
  });

  it('the Heat template launches both servers with everything but the description', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const name = unique('hot-full');
    const stack = `${name}-stack`;
    const input = fullLaunch(name);
    try {
      await stackCreate(ws, stack, launchEquivalents(input, refs).hot);
      // A ResourceGroup numbers from 0, as the template's comment says.
      await expectFull([`${name}-0`, `${name}-1`], false);
    } finally {
      await stackDelete(ws, stack);
    }
  });
});

describe('booting from an existing volume, deleted with the instance', () => {
  async function bootableVolume(): Promise<string> {
    const name = unique('vol');
    const id = await value(`openstack volume create --size 1 --bootable -f value -c id ${name}`);
    for (let i = 0; i < 30; i++) {
      if ((await value(`openstack volume show -f value -c status ${id}`)) === 'available')
        return id;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new Error(`volume ${name} did not become available`);
  }

  async function volumeGone(id: string): Promise<boolean> {
    for (let i = 0; i < 30; i++) {
      const ids = await value('openstack volume list -f value -c ID');
      if (!ids.includes(id)) return true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    return false;
  }

  const input = (name: string, volume: string) =>
    launch({ name, source_type: 'volume', source_id: volume, delete_on_termination: true });

  it('CLI: --volume, then the volume update the comment explains', async () => {
    const volume = await bootableVolume();
    const name = unique('cli-vol');
    const cli = launchEquivalents(input(name, volume), refs).cli;
    expect(cli).toContain('server volume update --delete-on-termination');
    await shell(ws, cli);
    await waitActive(name);
    await deleteServers([name]);
    expect(await volumeGone(volume)).toBe(true);
  });

  it('openstacksdk: block_device_mapping with delete_on_termination', async () => {
    const volume = await bootableVolume();
    const name = unique('sdk-vol');
    await python(ws, launchEquivalents(input(name, volume), refs).sdk);
    await waitActive(name);
    await deleteServers([name]);
    expect(await volumeGone(volume)).toBe(true);
  });

  it('Heat: block_device_mapping_v2 with delete_on_termination', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const volume = await bootableVolume();
    const name = unique('hot-vol');
    const stack = `${name}-stack`;
    try {
      await stackCreate(ws, stack, launchEquivalents(input(name, volume), refs).hot);
      await waitActive(name);
    } finally {
      await stackDelete(ws, stack);
    }
    expect(await volumeGone(volume)).toBe(true);
  });
});
