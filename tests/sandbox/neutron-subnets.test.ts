import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, type Json } from './helpers';
import { neutronError, neutronFixture, send, type NeutronFixture } from './neutron-helpers';

let f: NeutronFixture;
let net: Json;

beforeAll(async () => {
  f = await neutronFixture();
  net = (await json(await send(`${f.api}/networks`, f.demo, 'POST', { network: { name: 'n' } })))
    .network;
});
afterAll(() => f.sandbox.close());

const createSubnet = (subnet: Json, token = f.demo) =>
  send(`${f.api}/subnets`, token, 'POST', { subnet: { network_id: net.id, ...subnet } });
const createPort = (port: Json) =>
  send(`${f.api}/ports`, f.demo, 'POST', { port: { network_id: net.id, ...port } });

async function expectError(res: Response, status: number, type: string, message: string) {
  expect(res.status).toBe(status);
  expect(await json(res)).toEqual(neutronError(type, message));
}

describe('creating subnets', () => {
  it('answers 201 with Neutron’s defaults and bumps the network’s revision', async () => {
    const res = await createSubnet({ cidr: '192.168.50.7/24', ip_version: 4, name: 's' });
    expect(res.status).toBe(201);
    const { subnet } = await json(res);
    expect(subnet).toEqual({
      id: expect.any(String),
      name: 's',
      tenant_id: f.demoProject,
      network_id: net.id,
      ip_version: 4,
      subnetpool_id: null,
      enable_dhcp: true,
      ipv6_ra_mode: null,
      ipv6_address_mode: null,
      gateway_ip: '192.168.50.1',
      cidr: '192.168.50.0/24',
      allocation_pools: [{ start: '192.168.50.2', end: '192.168.50.254' }],
      host_routes: [],
      dns_nameservers: [],
      description: '',
      service_types: [],
      tags: [],
      created_at: expect.any(String),
      updated_at: expect.any(String),
      revision_number: 0,
      project_id: f.demoProject,
    });
    const shown = (await json(await get(`${f.api}/networks/${net.id}`, f.demo))).network;
    expect(shown.subnets).toContain(subnet.id);
    expect(shown.revision_number).toBeGreaterThan(net.revision_number);
  });

  it('takes gateway null, name servers, host routes and no DHCP', async () => {
    const res = await createSubnet({
      cidr: '192.168.70.0/24',
      ip_version: 4,
      gateway_ip: null,
      enable_dhcp: false,
      dns_nameservers: ['8.8.8.8'],
      host_routes: [{ destination: '10.9.0.0/16', nexthop: '192.168.70.5' }],
    });
    expect((await json(res)).subnet).toMatchObject({
      gateway_ip: null,
      enable_dhcp: false,
      allocation_pools: [{ start: '192.168.70.1', end: '192.168.70.254' }],
      dns_nameservers: ['8.8.8.8'],
      host_routes: [{ destination: '10.9.0.0/16', nexthop: '192.168.70.5' }],
    });
  });

  it('refuses bad input in Neutron’s words', async () => {
    await expectError(
      await createSubnet({ ip_version: 4 }),
      400,
      'BadRequest',
      'Bad subnets request: a subnetpool must be specified in the absence of a cidr.',
    );
    await expectError(
      await createSubnet({ cidr: '192.168.83.0/24' }),
      400,
      'HTTPBadRequest',
      "Failed to parse request. Required attribute 'ip_version' not specified",
    );
    await expectError(
      await createSubnet({ cidr: 'banana', ip_version: 4 }),
      400,
      'InvalidInput',
      'Invalid input for operation: banana is not in a CIDR format.',
    );
    await expectError(
      await createSubnet({ cidr: '192.168.50.128/25', ip_version: 4 }),
      400,
      'InvalidInput',
      `Invalid input for operation: Requested subnet with cidr: 192.168.50.128/25 for network: ${net.id} overlaps with another subnet.`,
    );
    await expectError(
      await createSubnet({ cidr: '192.168.83.0/24', ip_version: 4, ipv6_address_mode: 'slaac' }),
      400,
      'InvalidInput',
      'Invalid input for operation: ipv6_address_mode is not valid when ip_version is 4.',
    );
    await expectError(
      await createSubnet({ cidr: 'fd00:3::/64', ip_version: 6, ipv6_address_mode: 'bogus' }),
      400,
      'HTTPBadRequest',
      'Invalid input for ipv6_address_mode. Reason: bogus is not in valid_values.',
    );
    await expectError(
      await createSubnet({
        cidr: '192.168.83.0/24',
        ip_version: 4,
        allocation_pools: [{ start: '192.168.84.2', end: '192.168.84.20' }],
      }),
      400,
      'OutOfBoundsAllocationPool',
      'The allocation pool 192.168.84.2-192.168.84.20 spans beyond the subnet cidr 192.168.83.0/24.',
    );
    await expectError(
      await createSubnet({ cidr: '192.168.83.0/24', ip_version: 4, dns_nameservers: ['x'] }),
      400,
      'HTTPBadRequest',
      "Invalid input for dns_nameservers. Reason: 'x' is not a valid nameserver. 'x' is not a valid IP address.",
    );
  });

  it("refuses a subnet on another project's network", async () => {
    const nets = await json(await get(`${f.api}/networks?name=public`, f.demo));
    const res = await send(`${f.api}/subnets`, f.demo, 'POST', {
      subnet: { network_id: nets.networks[0].id, cidr: '192.168.90.0/24', ip_version: 4 },
    });
    await expectError(
      res,
      403,
      'HTTPForbidden',
      `Tenant ${f.demoProject} not allowed to create subnet on this network`,
    );
  });
});

describe('subnets and their ports', () => {
  it('gives ports one IPv4, one stateful IPv6 and every SLAAC address', async () => {
    const { network } = await json(
      await send(`${f.api}/networks`, f.demo, 'POST', { network: { name: 'dual' } }),
    );
    const make = (subnet: Json) =>
      send(`${f.api}/subnets`, f.demo, 'POST', { subnet: { network_id: network.id, ...subnet } });
    const v4 = (await json(await make({ cidr: '10.5.0.0/24', ip_version: 4 }))).subnet;
    const slaac = (
      await json(
        await make({
          cidr: 'fd00:1::/64',
          ip_version: 6,
          ipv6_address_mode: 'slaac',
          ipv6_ra_mode: 'slaac',
        }),
      )
    ).subnet;
    expect(slaac.gateway_ip).toBe('fd00:1::');
    const stateful = (await json(await make({ cidr: 'fd00:2::/64', ip_version: 6 }))).subnet;
    const { port } = await json(
      await send(`${f.api}/ports`, f.demo, 'POST', {
        port: { network_id: network.id, mac_address: 'fa:16:3e:15:cf:c8' },
      }),
    );
    const bySubnet = Object.fromEntries(
      port.fixed_ips.map((ip: Json) => [ip.subnet_id, ip.ip_address]),
    );
    expect(Object.keys(bySubnet).sort()).toEqual([v4.id, slaac.id, stateful.id].sort());
    expect(bySubnet[slaac.id]).toBe('fd00:1::f816:3eff:fe15:cfc8');
    expect(bySubnet[stateful.id]).toMatch(/^fd00:2::/);

    // The SLAAC subnet goes with its addresses; the IPv4 one is in use.
    expect((await send(`${f.api}/subnets/${slaac.id}`, f.demo, 'DELETE')).status).toBe(204);
    const after = (await json(await get(`${f.api}/ports/${port.id}`, f.demo))).port;
    expect(after.fixed_ips.map((ip: Json) => ip.subnet_id)).not.toContain(slaac.id);
    await expectError(
      await send(`${f.api}/subnets/${v4.id}`, f.demo, 'DELETE'),
      409,
      'SubnetInUse',
      `Unable to complete operation on subnet ${v4.id}: One or more ports have an IP allocation from this subnet.`,
    );
  });

  it('keeps IPv6 addresses in netaddr’s text (name servers as given)', async () => {
    const { network } = await json(
      await send(`${f.api}/networks`, f.demo, 'POST', { network: { name: 'v6' } }),
    );
    const res = await send(`${f.api}/subnets`, f.demo, 'POST', {
      subnet: {
        network_id: network.id,
        cidr: 'FD00:0009::/64',
        ip_version: 6,
        gateway_ip: 'FD00:0009::0001',
        allocation_pools: [{ start: 'FD00:0009::0010', end: 'FD00:0009::0020' }],
        dns_nameservers: ['FD00:0009::0053'],
      },
    });
    const { subnet } = await json(res);
    expect(subnet).toMatchObject({
      cidr: 'fd00:9::/64',
      gateway_ip: 'fd00:9::1',
      allocation_pools: [{ start: 'fd00:9::10', end: 'fd00:9::20' }],
      dns_nameservers: ['FD00:0009::0053'],
    });
    const { port } = await json(
      await send(`${f.api}/ports`, f.demo, 'POST', {
        port: { network_id: network.id, fixed_ips: [{ ip_address: 'FD00:0009::0011' }] },
      }),
    );
    expect(port.fixed_ips).toEqual([{ subnet_id: subnet.id, ip_address: 'fd00:9::11' }]);
  });

  it('frees an address a port gives up on update', async () => {
    const subnet = (
      await json(
        await createSubnet({
          cidr: '192.168.60.0/24',
          ip_version: 4,
          allocation_pools: [{ start: '192.168.60.10', end: '192.168.60.20' }],
        }),
      )
    ).subnet;
    const at = (ip: string) => [{ subnet_id: subnet.id, ip_address: ip }];
    const a = (await json(await createPort({ fixed_ips: at('192.168.60.10') }))).port;
    await expectError(
      await createPort({ fixed_ips: at('192.168.60.10') }),
      409,
      'IpAddressAlreadyAllocated',
      `IP address 192.168.60.10 already allocated in subnet ${subnet.id}`,
    );
    const moved = await send(`${f.api}/ports/${a.id}`, f.demo, 'PUT', {
      port: { fixed_ips: at('192.168.60.11') },
    });
    expect((await json(moved)).port.fixed_ips).toEqual(at('192.168.60.11'));
    expect((await createPort({ fixed_ips: at('192.168.60.10') })).status).toBe(201);
  });

  it('updates a subnet and refuses a gateway inside a pool', async () => {
    const subnet = (await json(await createSubnet({ cidr: '192.168.61.0/24', ip_version: 4 })))
      .subnet;
    const url = `${f.api}/subnets/${subnet.id}`;
    const res = await send(url, f.demo, 'PUT', {
      subnet: { name: 'x', dns_nameservers: ['1.1.1.1'], gateway_ip: null },
    });
    expect(res.status).toBe(200);
    expect((await json(res)).subnet).toMatchObject({
      name: 'x',
      dns_nameservers: ['1.1.1.1'],
      gateway_ip: null,
      revision_number: 1,
    });
    await expectError(
      await send(url, f.demo, 'PUT', { subnet: { gateway_ip: '192.168.61.9' } }),
      409,
      'GatewayConflictWithAllocationPools',
      'Gateway ip 192.168.61.9 conflicts with allocation pool 192.168.61.2-192.168.61.254.',
    );
    await expectError(
      await send(url, f.demo, 'PUT', { subnet: { cidr: '10.0.0.0/8' } }),
      400,
      'HTTPBadRequest',
      'Cannot update read-only attribute cidr',
    );
  });
});

describe('quotas', () => {
  it('stops at the subnet and port quotas with OverQuota', async () => {
    const mine = await json(await get(`${f.api}/subnets?project_id=${f.demoProject}`, f.demo));
    const { network } = await json(
      await send(`${f.api}/networks`, f.demo, 'POST', { network: { name: 'many' } }),
    );
    const make = (i: number) =>
      send(`${f.api}/subnets`, f.demo, 'POST', {
        subnet: { network_id: network.id, cidr: `172.16.${i}.0/24`, ip_version: 4 },
      });
    for (let i = mine.subnets.length; i < 100; i += 1) expect((await make(i)).status).toBe(201);
    await expectError(
      await make(200),
      409,
      'OverQuota',
      "Quota exceeded for resources: ['subnet'].",
    );

    const ports = await json(await get(`${f.api}/ports?project_id=${f.demoProject}`, f.demo));
    const port = () => send(`${f.api}/ports`, f.demo, 'POST', { port: { network_id: network.id } });
    for (let i = ports.ports.length; i < 500; i += 1) expect((await port()).status).toBe(201);
    await expectError(await port(), 409, 'OverQuota', "Quota exceeded for resources: ['port'].");
  });
});
