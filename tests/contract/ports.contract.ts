// Neutron port calls (lib/openstack/network/ports.ts) against the target cloud.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { apiFor, session, unique } from './context';
import { failure } from './failure';
import { NeutronCleanup, randomCidr, randomMac } from './neutron-cleanup';

let demo: Api;
let networkId: string;
let subnetId: string;
let prefix: string;
let defaultGroup: string;
const cleanup = new NeutronCleanup();

beforeAll(async () => {
  demo = await apiFor(await session('demo'));
  networkId = cleanup.network(
    demo,
    (await demo.network.createNetwork({ name: unique('ports') })).id,
  );
  const range = randomCidr();
  prefix = range.prefix;
  const subnet = await demo.network.createSubnet({
    network_id: networkId,
    cidr: range.cidr,
    ip_version: 4,
    allocation_pools: [{ start: `${prefix}.10`, end: `${prefix}.100` }],
  });
  subnetId = cleanup.subnet(demo, subnet.id);
  const groups = await demo.network.listSecurityGroups({ name: 'default' });
  defaultGroup = groups[0]?.id ?? '';
});

afterAll(() => cleanup.run());

async function port(input: Partial<Parameters<Api['network']['createPort']>[0]> = {}) {
  const created = await demo.network.createPort({
    network_id: networkId,
    name: unique('port'),
    ...input,
  });
  cleanup.port(demo, created.id);
  return created;
}

describe('network ports', () => {
  it('creates a port with an address from the pool and the default group, updates and deletes it', async () => {
    const created = await port({ description: 'contract' });
    expect(created).toMatchObject({
      network_id: networkId,
      status: 'DOWN',
      admin_state_up: true,
      device_owner: '',
      device_id: '',
      port_security_enabled: true,
      security_groups: [defaultGroup],
      allowed_address_pairs: [],
      description: 'contract',
    });
    expect(created.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    expect(created.fixed_ips).toHaveLength(1);
    const last = Number(created.fixed_ips[0]?.ip_address.split('.')[3]);
    expect(created.fixed_ips[0]?.subnet_id).toBe(subnetId);
    expect(last).toBeGreaterThanOrEqual(10);
    expect(last).toBeLessThanOrEqual(100);

    const updated = await demo.network.updatePort(created.id, {
      name: 'renamed',
      admin_state_up: false,
      fixed_ips: [{ subnet_id: subnetId, ip_address: `${prefix}.50` }],
    });
    expect(updated).toMatchObject({
      name: 'renamed',
      admin_state_up: false,
      fixed_ips: [{ subnet_id: subnetId, ip_address: `${prefix}.50` }],
    });
    expect((await demo.network.getPort(created.id)).name).toBe('renamed');

    await demo.network.deletePort(created.id);
    const gone = await failure(demo.network.getPort(created.id));
    expect(gone.status).toBe(404);
    expect(gone.title).toBe('PortNotFound');
    expect(gone.message).toBe(`Port ${created.id} could not be found.`);
  });

  it('takes a given address once (IpAddressAlreadyAllocated) and only inside the subnet', async () => {
    const ip = `${prefix}.20`;
    await port({ fixed_ips: [{ subnet_id: subnetId, ip_address: ip }] });
    const taken = await failure(port({ fixed_ips: [{ subnet_id: subnetId, ip_address: ip }] }));
    expect(taken.status).toBe(409);
    expect(taken.title).toBe('IpAddressAlreadyAllocated');
    expect(taken.message).toBe(`IP address ${ip} already allocated in subnet ${subnetId}`);
    const outside = await failure(
      port({ fixed_ips: [{ subnet_id: subnetId, ip_address: '192.0.2.10' }] }),
    );
    expect(outside.status).toBe(400);
    expect(outside.title).toBe('InvalidIpForSubnet');
    expect(outside.message).toBe(
      'IP address 192.0.2.10 is not a valid IP for the specified subnet.',
    );
  });

  it('fails when the pool is exhausted (IpAddressGenerationFailure)', async () => {
    const net = await demo.network.createNetwork({ name: unique('full') });
    cleanup.network(demo, net.id);
    const range = randomCidr();
    const small = await demo.network.createSubnet({
      network_id: net.id,
      cidr: range.cidr,
      ip_version: 4,
      allocation_pools: [{ start: `${range.prefix}.10`, end: `${range.prefix}.10` }],
    });
    cleanup.subnet(demo, small.id);
    const first = await demo.network.createPort({ network_id: net.id });
    cleanup.port(demo, first.id);
    expect(first.fixed_ips).toEqual([{ subnet_id: small.id, ip_address: `${range.prefix}.10` }]);
    const error = await failure(demo.network.createPort({ network_id: net.id }));
    expect(error.status).toBe(409);
    expect(error.title).toBe('IpAddressGenerationFailure');
    expect(error.message).toBe(`No more IP addresses available on network ${net.id}.`);
  });

  it('takes a MAC once per network and allowed address pairs', async () => {
    const mac = randomMac();
    const created = await port({
      mac_address: mac,
      allowed_address_pairs: [
        { ip_address: '192.0.2.0/24' },
        { ip_address: '198.51.100.7', mac_address: 'fa:16:3e:00:00:01' },
      ],
    });
    expect(created.mac_address).toBe(mac);
    expect(created.allowed_address_pairs).toEqual(
      expect.arrayContaining([
        { ip_address: '192.0.2.0/24', mac_address: mac },
        { ip_address: '198.51.100.7', mac_address: 'fa:16:3e:00:00:01' },
      ]),
    );
    expect(created.allowed_address_pairs).toHaveLength(2);
    const again = await failure(port({ mac_address: mac }));
    expect(again.status).toBe(409);
    expect(again.title).toBe('MacAddressInUse');
    expect(again.message).toBe(
      `Unable to complete operation for network ${networkId}. The mac address ${mac} is in use.`,
    );
    const missing = await failure(
      port({ allowed_address_pairs: [{ mac_address: mac } as unknown as { ip_address: string }] }),
    );
    expect(missing.status).toBe(400);
    expect(missing.title).toBe('AllowedAddressPairsMissingIP');
    expect(missing.message).toBe('AllowedAddressPair must contain ip_address');
    const badBool = await failure(port({ port_security_enabled: 'maybe' as unknown as boolean }));
    expect(badBool.title).toBe('InvalidInput');
    expect(badBool.message).toBe(
      "Invalid input for operation: 'maybe' cannot be converted to boolean.",
    );
    const badPair = await failure(port({ allowed_address_pairs: [{ ip_address: '10.1.0.0/33' }] }));
    expect(badPair.status).toBe(400);
    expect(badPair.message).toBe("'10.1.0.0/33' is not a valid IP subnet");
    const macChange = await failure(
      demo.network.updatePort(created.id, { mac_address: randomMac() }),
    );
    expect(macChange.status).toBe(403);
    expect(macChange.message).toBe(
      '(rule:update_port and rule:update_port:mac_address) is disallowed by policy',
    );
    const badMac = await failure(port({ mac_address: 'zz' }));
    expect(badMac.message).toBe(
      "Invalid input for mac_address. Reason: 'zz' is not a valid MAC address.",
    );
  });

  it('keeps groups and address pairs off ports without port security', async () => {
    const groups = await failure(
      port({ port_security_enabled: false, security_groups: [defaultGroup] }),
    );
    expect(groups.status).toBe(400);
    expect(groups.title).toBe('PortSecurityAndIPRequiredForSecurityGroups');
    expect(groups.message).toBe(
      'Port security must be enabled and port must have an IP address in order to use security groups.',
    );
    const pairs = await failure(
      port({ port_security_enabled: false, allowed_address_pairs: [{ ip_address: '192.0.2.9' }] }),
    );
    expect(pairs.status).toBe(409);
    expect(pairs.title).toBe('AddressPairAndPortSecurityRequired');
    expect(pairs.message).toBe(
      'Port Security must be enabled in order to have allowed address pairs on a port.',
    );
    const open = await port({ port_security_enabled: false });
    expect(open.security_groups).toEqual([]);
    expect(open.port_security_enabled).toBe(false);
    const withGroup = await port();
    const disable = await failure(
      demo.network.updatePort(withGroup.id, { port_security_enabled: false }),
    );
    expect(disable.status).toBe(409);
    expect(disable.title).toBe('PortSecurityPortHasSecurityGroup');
    const off = await demo.network.updatePort(withGroup.id, {
      port_security_enabled: false,
      security_groups: [],
    });
    expect(off).toMatchObject({ port_security_enabled: false, security_groups: [] });
  });

  it('lists ports in pages, filtered by network and fixed IP', async () => {
    const a = await port();
    const b = await port();
    const first = await demo.network.pagePorts({ limit: 1, filters: { network_id: networkId } });
    expect(first.items).toHaveLength(1);
    expect(first.next).toBe(first.items[0]?.id);
    const rest = await demo.network.pagePorts({
      marker: first.next,
      limit: 100,
      filters: { network_id: networkId },
    });
    const ids = [...first.items, ...rest.items].map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(new Set(ids).size).toBe(ids.length);
    const ip = b.fixed_ips[0]?.ip_address ?? '';
    const byIp = await demo.network.pagePorts({
      filters: { network_id: networkId, fixed_ips: `ip_address=${ip}` },
    });
    expect(byIp.items.map((p) => p.id)).toEqual([b.id]);
  });
});
