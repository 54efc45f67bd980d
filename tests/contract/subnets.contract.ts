// Neutron subnet calls (lib/openstack/network/subnets.ts) against the target cloud.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { apiFor, session, unique } from './context';
import { failure } from './failure';
import { NeutronCleanup, randomCidr } from './neutron-cleanup';

let demo: Api;
let networkId: string;
const cleanup = new NeutronCleanup();

beforeAll(async () => {
  demo = await apiFor(await session('demo'));
  networkId = cleanup.network(
    demo,
    (await demo.network.createNetwork({ name: unique('subnets') })).id,
  );
});

afterAll(() => cleanup.run());

async function subnet(input: Partial<Parameters<Api['network']['createSubnet']>[0]> = {}) {
  const { cidr } = randomCidr();
  const created = await demo.network.createSubnet({
    network_id: networkId,
    cidr,
    ip_version: 4,
    name: unique('sub'),
    ...input,
  });
  cleanup.subnet(demo, created.id);
  return created;
}

describe('network subnets', () => {
  it('creates a subnet with the default gateway and pool, shows, updates and deletes it', async () => {
    const { cidr, prefix } = randomCidr();
    const created = await subnet({ cidr });
    expect(created).toMatchObject({
      network_id: networkId,
      cidr,
      ip_version: 4,
      gateway_ip: `${prefix}.1`,
      allocation_pools: [{ start: `${prefix}.2`, end: `${prefix}.254` }],
      enable_dhcp: true,
      dns_nameservers: [],
      host_routes: [],
      ipv6_address_mode: null,
      ipv6_ra_mode: null,
    });
    const subnets = (await demo.network.getNetwork(networkId)).subnets;
    expect(subnets).toContain(created.id);
    expect(subnets).toEqual([...subnets].sort());

    const updated = await demo.network.updateSubnet(created.id, {
      name: 'renamed',
      dns_nameservers: ['192.0.2.53'],
      host_routes: [{ destination: '192.0.2.0/24', nexthop: `${prefix}.9` }],
      enable_dhcp: false,
      allocation_pools: [{ start: `${prefix}.10`, end: `${prefix}.20` }],
    });
    expect(updated).toMatchObject({
      name: 'renamed',
      dns_nameservers: ['192.0.2.53'],
      host_routes: [{ destination: '192.0.2.0/24', nexthop: `${prefix}.9` }],
      enable_dhcp: false,
      allocation_pools: [{ start: `${prefix}.10`, end: `${prefix}.20` }],
    });
    const noGateway = await demo.network.updateSubnet(created.id, { gateway_ip: null });
    expect(noGateway.gateway_ip).toBeNull();

    await demo.network.deleteSubnet(created.id);
    const gone = await failure(demo.network.getSubnet(created.id));
    expect(gone.status).toBe(404);
    expect(gone.title).toBe('SubnetNotFound');
    expect(gone.message).toBe(`Subnet ${created.id} could not be found.`);
  });

  it('takes no gateway, name servers, host routes and DHCP off', async () => {
    const { cidr, prefix } = randomCidr();
    const created = await subnet({
      cidr,
      gateway_ip: null,
      enable_dhcp: false,
      dns_nameservers: ['192.0.2.53', '198.51.100.53'],
      host_routes: [{ destination: '192.0.2.0/24', nexthop: `${prefix}.5` }],
    });
    expect(created).toMatchObject({
      gateway_ip: null,
      enable_dhcp: false,
      allocation_pools: [{ start: `${prefix}.1`, end: `${prefix}.254` }],
      dns_nameservers: ['192.0.2.53', '198.51.100.53'],
      host_routes: [{ destination: '192.0.2.0/24', nexthop: `${prefix}.5` }],
    });
  });

  it('carves a gateway inside the range out of the default pool', async () => {
    const { cidr, prefix } = randomCidr();
    const created = await subnet({ cidr, gateway_ip: `${prefix}.5` });
    const pools = [...created.allocation_pools].sort((a, b) =>
      a.start.localeCompare(b.start, 'en', { numeric: true }),
    );
    expect(pools).toEqual([
      { start: `${prefix}.1`, end: `${prefix}.4` },
      { start: `${prefix}.6`, end: `${prefix}.254` },
    ]);
  });

  it('refuses bad pools and gateways in Neutron’s words', async () => {
    const { cidr, prefix } = randomCidr();
    const base = { network_id: networkId, cidr, ip_version: 4 as const };
    const conflict = await failure(
      demo.network.createSubnet({
        ...base,
        gateway_ip: `${prefix}.5`,
        allocation_pools: [{ start: `${prefix}.2`, end: `${prefix}.20` }],
      }),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.title).toBe('GatewayConflictWithAllocationPools');
    expect(conflict.message).toBe(
      `Gateway ip ${prefix}.5 conflicts with allocation pool ${prefix}.2-${prefix}.20.`,
    );
    const outside = await failure(
      demo.network.createSubnet({
        ...base,
        allocation_pools: [{ start: `${prefix}.2`, end: '192.0.2.20' }],
      }),
    );
    expect(outside.status).toBe(400);
    expect(outside.title).toBe('OutOfBoundsAllocationPool');
    expect(outside.message).toBe(
      `The allocation pool ${prefix}.2-192.0.2.20 spans beyond the subnet cidr ${cidr}.`,
    );
    const overlapping = await failure(
      demo.network.createSubnet({
        ...base,
        allocation_pools: [
          { start: `${prefix}.2`, end: `${prefix}.20` },
          { start: `${prefix}.10`, end: `${prefix}.30` },
        ],
      }),
    );
    expect(overlapping.status).toBe(409);
    expect(overlapping.title).toBe('OverlappingAllocationPools');
    expect(overlapping.message).toBe(
      `Found overlapping allocation pools: ${prefix}.2-${prefix}.20 ${prefix}.10-${prefix}.30 for subnet ${cidr}.`,
    );
    const badGateway = await failure(
      demo.network.createSubnet({ ...base, gateway_ip: '10.0.0.300' }),
    );
    expect(badGateway.status).toBe(400);
    expect(badGateway.message).toBe(
      "Invalid input for gateway_ip. Reason: '10.0.0.300' is not a valid IP address.",
    );
  });

  it('refuses bad CIDRs, a version mismatch and an overlap with a sibling', async () => {
    for (const cidr of ['banana', '10.1.2.0/33']) {
      const error = await failure(
        demo.network.createSubnet({ network_id: networkId, cidr, ip_version: 4 }),
      );
      expect(error.status).toBe(400);
      expect(error.title).toBe('InvalidInput');
      expect(error.message).toBe(`Invalid input for operation: ${cidr} is not in a CIDR format.`);
    }
    const version = await failure(
      demo.network.createSubnet({
        network_id: networkId,
        cidr: randomCidr().cidr,
        ip_version: 5 as unknown as 4,
      }),
    );
    expect(version.status).toBe(400);
    expect(version.message).toBe('Invalid input for ip_version. Reason: 5 is not in valid_values.');
    const tooSmall = await failure(
      demo.network.createSubnet({ network_id: networkId, cidr: '10.1.2.0/31', ip_version: 4 }),
    );
    expect(tooSmall.message).toBe(
      'Invalid input for operation: Subnet has a prefix length that is incompatible with DHCP service enabled.',
    );
    const loopback = await failure(
      demo.network.createSubnet({ network_id: networkId, cidr: '127.0.0.0/24', ip_version: 4 }),
    );
    expect(loopback.message).toBe(
      'Invalid input for operation: Loopback IP subnet is not supported if enable_dhcp is True.',
    );
    const { cidr, prefix } = randomCidr();
    const mismatch = await failure(
      demo.network.createSubnet({ network_id: networkId, cidr, ip_version: 6 }),
    );
    expect(mismatch.message).toBe(
      `Invalid input for operation: cidr '${cidr}' does not match the ip_version '6'.`,
    );
    await subnet({ cidr });
    const overlap = await failure(
      demo.network.createSubnet({ network_id: networkId, cidr: `${prefix}.128/25`, ip_version: 4 }),
    );
    expect(overlap.status).toBe(400);
    expect(overlap.message).toBe(
      `Invalid input for operation: Requested subnet with cidr: ${prefix}.128/25 for network: ${networkId} overlaps with another subnet.`,
    );
    const routes = await failure(
      demo.network.createSubnet({
        network_id: networkId,
        cidr: randomCidr().cidr,
        ip_version: 4,
        host_routes: [{ destination: '10.9.0.0/33', nexthop: '10.9.0.1' }],
      }),
    );
    expect(routes.message).toBe(
      "Invalid input for host_routes. Reason: '10.9.0.0/33' is not a valid CIDR.",
    );
    const dns = await failure(
      demo.network.createSubnet({
        network_id: networkId,
        cidr: randomCidr().cidr,
        ip_version: 4,
        dns_nameservers: ['x'],
      }),
    );
    expect(dns.message).toBe(
      "Invalid input for dns_nameservers. Reason: 'x' is not a valid nameserver. 'x' is not a valid IP address.",
    );
  });

  it('refuses a gateway moved into a pool or onto the broadcast address on update', async () => {
    const { cidr, prefix } = randomCidr();
    const created = await subnet({ cidr });
    const broadcast = await failure(
      demo.network.updateSubnet(created.id, { gateway_ip: `${prefix}.255` }),
    );
    expect(broadcast.status).toBe(400);
    expect(broadcast.message).toBe('Invalid input for operation: Gateway is not valid on subnet.');
    const duplicate = await failure(
      demo.network.updateSubnet(created.id, { dns_nameservers: ['192.0.2.1', '192.0.2.1'] }),
    );
    expect(duplicate.message).toBe(
      "Invalid input for dns_nameservers. Reason: Duplicate nameserver '192.0.2.1'.",
    );
    const routeKeys = await failure(
      demo.network.updateSubnet(created.id, {
        host_routes: [{ destination: '10.0.0.0/8' } as { destination: string; nexthop: string }],
      }),
    );
    // Neutron prints Python sets, whose order changes from one process to the next.
    expect(routeKeys.message).toMatch(
      /^Invalid input for host_routes\. Reason: Validation of dictionary's keys failed\. Expected keys: \{('destination', 'nexthop'|'nexthop', 'destination')\} Provided keys: \{'destination'\}\.$/,
    );
    const reversed = await failure(
      demo.network.updateSubnet(created.id, {
        allocation_pools: [{ start: `${prefix}.30`, end: `${prefix}.20` }],
      }),
    );
    expect(reversed.title).toBe('InvalidAllocationPool');
    expect(reversed.message).toBe(
      `The allocation pool {'start': '${prefix}.30', 'end': '${prefix}.20'} is not valid.`,
    );
    const error = await failure(
      demo.network.updateSubnet(created.id, { gateway_ip: `${prefix}.7` }),
    );
    expect(error.status).toBe(409);
    expect(error.message).toBe(
      `Gateway ip ${prefix}.7 conflicts with allocation pool ${prefix}.2-${prefix}.254.`,
    );
  });

  it('makes an IPv6 SLAAC subnet whose ports get EUI-64 addresses', async () => {
    const hex = Math.floor(Math.random() * 0xffff).toString(16);
    const created = await subnet({
      cidr: `fd00:${hex}::/64`,
      ip_version: 6,
      ipv6_address_mode: 'slaac',
      ipv6_ra_mode: 'slaac',
    });
    expect(created).toMatchObject({
      gateway_ip: `fd00:${hex}::`,
      allocation_pools: [{ start: `fd00:${hex}::1`, end: `fd00:${hex}::ffff:ffff:ffff:ffff` }],
      ipv6_address_mode: 'slaac',
      ipv6_ra_mode: 'slaac',
    });
    const mismatch = await failure(
      demo.network.createSubnet({
        network_id: networkId,
        cidr: `fd01:${hex}::/64`,
        ip_version: 6,
        ipv6_address_mode: 'slaac',
        ipv6_ra_mode: 'dhcpv6-stateful',
      }),
    );
    expect(mismatch.message).toBe(
      "Invalid input for operation: ipv6_ra_mode set to 'dhcpv6-stateful' with ipv6_address_mode set to 'slaac' is not valid. If both attributes are set, they must be the same value.",
    );
    const port = await demo.network.createPort({
      network_id: networkId,
      mac_address: 'fa:16:3e:12:34:56',
      fixed_ips: [{ subnet_id: created.id }],
    });
    cleanup.port(demo, port.id);
    expect(port.fixed_ips).toEqual([
      { subnet_id: created.id, ip_address: `fd00:${hex}::f816:3eff:fe12:3456` },
    ]);
  });

  it('refuses to delete a subnet with allocations (SubnetInUse) and lists by network', async () => {
    const created = await subnet();
    const port = await demo.network.createPort({
      network_id: networkId,
      fixed_ips: [{ subnet_id: created.id }],
    });
    cleanup.port(demo, port.id);
    const error = await failure(demo.network.deleteSubnet(created.id));
    expect(error.status).toBe(409);
    expect(error.title).toBe('SubnetInUse');
    expect(error.message).toBe(
      `Unable to complete operation on subnet ${created.id}: One or more ports have an IP allocation from this subnet.`,
    );
    const page = await demo.network.pageSubnets({ filters: { network_id: networkId }, limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.network_id).toBe(networkId);
    expect(page.next).toBe(page.items[0]?.id);
  });

  it("refuses a subnet on another project's network", async () => {
    const page = await demo.network.pageNetworks({ filters: { 'router:external': true } });
    const pub = page.items[0];
    if (!pub) throw new Error('the cloud has no external network');
    const own = await demo.network.getNetwork(networkId);
    const error = await failure(
      demo.network.createSubnet({ network_id: pub.id, cidr: randomCidr().cidr, ip_version: 4 }),
    );
    expect(error.status).toBe(403);
    expect(error.message).toBe(
      `Tenant ${own.project_id} not allowed to create subnet on this network`,
    );
  });
});
