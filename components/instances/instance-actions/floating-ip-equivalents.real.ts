// The instance row's Associate / Disassociate Floating IP equivalents, run for
// real against the devcloud as demo: `server add/remove floating ip`, openstacksdk's
// add_floating_ip_to_server (Nova's addFloatingIp, no microversion sent), and a
// Heat FloatingIP on the instance's port. A router joining the instance's subnet
// to "public" is set up here. Only in `npm run test:real`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  python,
  shell,
  stackCreate,
  stackDelete,
  uniqueName,
  workspace,
  type Workspace,
} from '@/tests/real/clients';
import {
  associateServerIpEquivalents,
  disassociateServerIpEquivalents,
} from './floating-ip-equivalents';

interface Fip {
  id: string;
  floating_ip_address: string;
  port_id: string | null;
  fixed_ip_address: string | null;
}

let demo: Workspace;
const name = uniqueName('srvfip');
let serverId = '';
let port = { portId: '', fixedIp: '' };

const cli = (script: string) => shell(demo, script);

async function fips(): Promise<Fip[]> {
  return JSON.parse(
    await python(
      demo,
      [
        'import json, openstack',
        'conn = openstack.connect(cloud="openstack")',
        'print(json.dumps([{k: f[k] for k in ("id","floating_ip_address","port_id","fixed_ip_address")} for f in conn.network.ips()]))',
      ].join('\n'),
    ),
  ) as Fip[];
}

const onPort = async () => (await fips()).filter((f) => f.port_id === port.portId);

async function allocate(): Promise<Fip> {
  const address = (
    await cli('openstack floating ip create -f value -c floating_ip_address public')
  ).trim();
  return (await fips()).find((f) => f.floating_ip_address === address)!;
}

beforeAll(async () => {
  demo = await workspace('demo');
  await cli(
    [
      `openstack network create ${name} >/dev/null`,
      `openstack subnet create --network ${name} --subnet-range 10.78.${Math.floor(Math.random() * 200) + 10}.0/24 ${name} >/dev/null`,
      `openstack router create --external-gateway public ${name} >/dev/null`,
      `openstack router add subnet ${name} ${name}`,
    ].join('\n'),
  );
  serverId = (
    await cli(
      `openstack server create -f value -c id --flavor m1.tiny --image cirros-like --network ${name} --wait ${name}`,
    )
  ).trim();
  const ports = JSON.parse(
    await cli(`openstack port list -f json --long --server ${serverId}`),
  ) as { ID: string; 'Fixed IP Addresses': { ip_address: string }[] }[];
  port = { portId: ports[0]!.ID, fixedIp: ports[0]!['Fixed IP Addresses'][0]!.ip_address };
}, 300_000);

afterAll(async () => {
  const left = await onPort();
  if (left.length) await cli(`openstack floating ip delete ${left.map((f) => f.id).join(' ')}`);
  await cli(
    [
      `openstack server delete --wait ${name} || true`,
      `openstack router remove subnet ${name} ${name} || true`,
      `openstack router delete ${name} || true`,
      `openstack network delete ${name} || true`,
    ].join('\n'),
  );
}, 300_000);

describe('Associate / Disassociate Floating IP equivalents (demo)', () => {
  it('the CLI adds an existing floating IP and removes it, keeping it', async () => {
    const fip = await allocate();
    await cli(
      associateServerIpEquivalents(name, { fip: fip.id, ip: fip.floating_ip_address }, port).cli,
    );
    expect(await onPort()).toMatchObject([{ id: fip.id, fixed_ip_address: port.fixedIp }]);
    await cli(disassociateServerIpEquivalents(name, fip.floating_ip_address, false).cli);
    expect(await onPort()).toEqual([]);
    expect((await fips()).map((f) => f.id)).toContain(fip.id);
    await cli(`openstack floating ip delete ${fip.id}`);
  });

  it('the CLI allocates from the pool and adds it in one line; removing with release frees it', async () => {
    await cli(associateServerIpEquivalents(name, { pool: 'x', name: 'public' }, port).cli);
    const [fip] = await onPort();
    expect(fip).toMatchObject({ fixed_ip_address: port.fixedIp });
    await cli(disassociateServerIpEquivalents(name, fip!.floating_ip_address, true).cli);
    expect((await fips()).map((f) => f.id)).not.toContain(fip!.id);
  });

  it('the openstacksdk snippets allocate, add, remove and release', async () => {
    await python(demo, associateServerIpEquivalents(name, { pool: 'x', name: 'public' }, port).sdk);
    const [fip] = await onPort();
    expect(fip).toMatchObject({ fixed_ip_address: port.fixedIp });
    await python(demo, disassociateServerIpEquivalents(name, fip!.floating_ip_address, true).sdk);
    expect((await fips()).map((f) => f.id)).not.toContain(fip!.id);

    const existing = await allocate();
    await python(
      demo,
      associateServerIpEquivalents(
        name,
        { fip: existing.id, ip: existing.floating_ip_address },
        port,
      ).sdk,
    );
    expect(await onPort()).toMatchObject([{ id: existing.id }]);
    await python(
      demo,
      disassociateServerIpEquivalents(name, existing.floating_ip_address, false).sdk,
    );
    expect(await onPort()).toEqual([]);
    await cli(`openstack floating ip delete ${existing.id}`);
  });

  it('the Heat templates put a floating IP on the port; deleting the stack takes it off', async () => {
    const stack = `${name}-hot`;
    try {
      await stackCreate(
        demo,
        stack,
        associateServerIpEquivalents(name, { pool: 'x', name: 'public' }, port).hot,
      );
      expect(await onPort()).toMatchObject([{ fixed_ip_address: port.fixedIp }]);
    } finally {
      await stackDelete(demo, stack);
    }
    expect(await onPort()).toEqual([]);

    const existing = await allocate();
    const assoc = `${name}-hot-assoc`;
    try {
      await stackCreate(
        demo,
        assoc,
        associateServerIpEquivalents(
          name,
          { fip: existing.id, ip: existing.floating_ip_address },
          port,
        ).hot,
      );
      expect(await onPort()).toMatchObject([{ id: existing.id }]);
    } finally {
      await stackDelete(demo, assoc);
      await cli(`openstack floating ip delete ${existing.id}`);
    }
  });
});
