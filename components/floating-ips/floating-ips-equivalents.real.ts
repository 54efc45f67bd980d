// The Floating IPs panel's equivalent commands, run for real against the
// devcloud as demo: allocate, associate with an instance's port (through a router
// joining its subnet to the external network "public", set up here), disassociate,
// release. Only in `npm run test:real` (tests/real/vitest.config.mts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanUp,
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
import {
  allocateFloatingIpEquivalents,
  associateFloatingIpEquivalents,
  disassociateFloatingIpEquivalents,
  releaseFloatingIpEquivalents,
} from './floating-ips-equivalents';

interface Fip {
  id: string;
  floating_ip_address: string;
  port_id: string | null;
  fixed_ip_address: string | null;
  description: string;
}

let demo: Workspace;
const name = uniqueName('fip');
let serverId = '';
let portId = '';
let fixedIp = '';

const cli = (script: string) => shell(demo, script);

async function fips(): Promise<Fip[]> {
  return JSON.parse(
    await python(
      demo,
      [
        'import json, openstack',
        'conn = openstack.connect(cloud="openstack")',
        'print(json.dumps([{k: f[k] for k in ("id","floating_ip_address","port_id","fixed_ip_address","description")} for f in conn.network.ips()]))',
      ].join('\n'),
    ),
  ) as Fip[];
}

const byAddress = async (address: string) =>
  (await fips()).find((f) => f.floating_ip_address === address);

/** Nova's view of the server's floating addresses (refreshed by Neutron's network-changed event). */
async function novaFloating(): Promise<string[]> {
  const addresses = JSON.parse(
    await cli(`openstack server show -f json -c addresses ${serverId}`),
  ) as { addresses: Record<string, string[]> };
  const fixed = new Set([fixedIp]);
  return Object.values(addresses.addresses)
    .flat()
    .filter((a) => !fixed.has(a));
}

async function eventually(check: () => Promise<void>, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, 1_000));
    }
  }
}

beforeAll(async () => {
  demo = await workspace('demo');
  await cli(
    [
      `openstack network create ${name} >/dev/null`,
      `openstack subnet create --network ${name} --subnet-range 10.79.${Math.floor(Math.random() * 200) + 10}.0/24 ${name} >/dev/null`,
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
  portId = ports[0]!.ID;
  fixedIp = ports[0]!['Fixed IP Addresses'][0]!.ip_address;
}, 300_000);

afterAll(async () => {
  const left = (await fips().catch(() => [])).filter(
    (f) => f.description.startsWith(name) || f.port_id === portId,
  );
  // Each step on its own, so one refusal does not leave the router and network behind.
  await cleanUp(demo, [
    ...left.map((f) => `openstack floating ip delete ${f.id}`),
    `openstack server delete --wait ${name}`,
    `openstack router remove subnet ${name} ${name}`,
    `openstack router delete ${name}`,
    `openstack network delete ${name}`,
  ]);
}, 300_000);

describe('Floating IPs equivalents (demo)', () => {
  it('the CLI allocates, associates with the instance port, disassociates and releases', async () => {
    const description = `${name}-cli it's`;
    const before = new Set((await fips()).map((f) => f.id));
    await cli(
      allocateFloatingIpEquivalents({ pool: 'public', description, floatingIpAddress: '' }).cli,
    );
    const fip = (await fips()).find((f) => !before.has(f.id));
    expect(fip).toMatchObject({ description, port_id: null });

    await cli(
      associateFloatingIpEquivalents({
        floatingIpId: fip!.id,
        floatingIpAddress: fip!.floating_ip_address,
        portId,
        fixedIp,
      }).cli,
    );
    expect(await byAddress(fip!.floating_ip_address)).toMatchObject({
      port_id: portId,
      fixed_ip_address: fixedIp,
    });
    // Real Nova shows it in the server's addresses, as the IP Address column reads them.
    await eventually(async () => expect(await novaFloating()).toEqual([fip!.floating_ip_address]));

    await cli(disassociateFloatingIpEquivalents([fip!.floating_ip_address]).cli);
    expect(await byAddress(fip!.floating_ip_address)).toMatchObject({ port_id: null });
    await eventually(async () => expect(await novaFloating()).toEqual([]));

    await cli(releaseFloatingIpEquivalents([fip!.floating_ip_address]).cli);
    expect(await byAddress(fip!.floating_ip_address)).toBeUndefined();
  });

  it('the openstacksdk snippets do the same', async () => {
    const address = (
      await python(
        demo,
        allocateFloatingIpEquivalents({
          pool: 'public',
          description: `${name}-sdk`,
          floatingIpAddress: '',
        }).sdk,
      )
    ).trim();
    const fip = await byAddress(address);
    expect(fip).toMatchObject({ description: `${name}-sdk`, port_id: null });
    await python(
      demo,
      associateFloatingIpEquivalents({
        floatingIpId: fip!.id,
        floatingIpAddress: address,
        portId,
        fixedIp,
      }).sdk,
    );
    expect(await byAddress(address)).toMatchObject({ port_id: portId, fixed_ip_address: fixedIp });
    await python(demo, disassociateFloatingIpEquivalents([address]).sdk);
    expect(await byAddress(address)).toMatchObject({ port_id: null });
    await python(demo, releaseFloatingIpEquivalents([address]).sdk);
    expect(await byAddress(address)).toBeUndefined();
  });

  it('the Heat templates allocate (OS::Neutron::FloatingIP) and associate (FloatingIPAssociation)', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const allocated = `${name}-hot`;
    const associated = `${name}-hot-assoc`;
    try {
      await stackCreate(
        demo,
        allocated,
        allocateFloatingIpEquivalents({
          pool: 'public',
          description: `${name}-hot`,
          floatingIpAddress: '',
        }).hot,
      );
      const fip = (await fips()).find((f) => f.description === `${name}-hot`);
      expect(fip).toMatchObject({ port_id: null });
      await stackCreate(
        demo,
        associated,
        associateFloatingIpEquivalents({
          floatingIpId: fip!.id,
          floatingIpAddress: fip!.floating_ip_address,
          portId,
          fixedIp,
        }).hot,
      );
      expect(await byAddress(fip!.floating_ip_address)).toMatchObject({
        port_id: portId,
        fixed_ip_address: fixedIp,
      });
      await stackDelete(demo, associated);
      expect(await byAddress(fip!.floating_ip_address)).toMatchObject({ port_id: null });
    } finally {
      await stackDelete(demo, associated);
      await stackDelete(demo, allocated);
    }
    expect((await fips()).some((f) => f.description === `${name}-hot`)).toBe(false);
  });
});
