import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, type Json } from './helpers';
import { neutronError, neutronFixture, send, type NeutronFixture } from './neutron-helpers';

let f: NeutronFixture;
let privateNet: Json;
let publicNet: Json;
let defaultGroup: Json;

beforeAll(async () => {
  f = await neutronFixture();
  const nets = (await json(await get(`${f.api}/networks`, f.demo))).networks;
  privateNet = nets.find((n: Json) => n.name === 'private');
  publicNet = nets.find((n: Json) => n.name === 'public');
  defaultGroup = (await json(await get(`${f.api}/security-groups?name=default`, f.demo)))
    .security_groups[0];
});
afterAll(() => f.sandbox.close());

const createPort = (port: Json, token = f.demo) => send(`${f.api}/ports`, token, 'POST', { port });
const updatePort = (id: string, port: Json) =>
  send(`${f.api}/ports/${id}`, f.demo, 'PUT', { port });
const deletePort = (id: string) => send(`${f.api}/ports/${id}`, f.demo, 'DELETE');

async function expectError(res: Response, status: number, type: string, message: string) {
  expect(res.status).toBe(status);
  expect(await json(res)).toEqual(neutronError(type, message));
}

describe('listing ports', () => {
  it('shows members the router interface on their network but not the gateway port', async () => {
    const body = await json(await get(`${f.api}/ports`, f.demo));
    expect(body.ports.map((p: Json) => p.device_owner)).toEqual(['network:router_interface']);
    const iface = body.ports[0];
    expect(iface).toMatchObject({
      network_id: privateNet.id,
      status: 'DOWN',
      fixed_ips: [{ subnet_id: privateNet.subnets[0], ip_address: '10.0.0.1' }],
      security_groups: [],
      port_security_enabled: false,
      'binding:vnic_type': 'normal',
    });
    expect(iface['binding:host_id']).toBeUndefined();
    const admin = await json(
      await get(`${f.api}/ports?device_owner=network:router_gateway`, f.admin),
    );
    expect(admin.ports.length).toBeGreaterThanOrEqual(1);
    expect(admin.ports[0]).toMatchObject({
      network_id: publicNet.id,
      project_id: '',
      'binding:vif_type': 'unbound',
    });
  });

  it('filters by fixed_ips, device_id and network_id', async () => {
    const byIp = await json(
      await get(`${f.api}/ports?fixed_ips=ip_address%3D10.0.0.1&fields=device_owner`, f.demo),
    );
    expect(byIp.ports).toEqual([{ device_owner: 'network:router_interface' }]);
    const bySubnet = await json(
      await get(`${f.api}/ports?fixed_ips=subnet_id%3D${privateNet.subnets[0]}&fields=id`, f.demo),
    );
    expect(bySubnet.ports).toHaveLength(1);
    expect((await json(await get(`${f.api}/ports?device_id=`, f.demo))).ports).toEqual([]);
    expect(
      (await json(await get(`${f.api}/ports?network_id=${publicNet.id}`, f.demo))).ports,
    ).toEqual([]);
    await expectError(
      await get(`${f.api}/ports?fixed_ips=bogus`, f.demo),
      400,
      'InvalidInput',
      "Invalid input for operation: 'bogus' is not of the form <key>=[value].",
    );
  });
});

describe('creating, updating and deleting ports', () => {
  it('creates a port with an address from the pool and the default group', async () => {
    const res = await createPort({ network_id: privateNet.id, name: 'p1' });
    expect(res.status).toBe(201);
    const { port } = await json(res);
    expect(port).toMatchObject({
      name: 'p1',
      network_id: privateNet.id,
      project_id: f.demoProject,
      admin_state_up: true,
      status: 'DOWN',
      device_id: '',
      device_owner: '',
      security_groups: [defaultGroup.id],
      port_security_enabled: true,
      revision_number: 1,
    });
    expect(port.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
    const ip = port.fixed_ips[0].ip_address.split('.').map(Number);
    expect(ip.slice(0, 3)).toEqual([10, 0, 0]);
    expect(ip[3]).toBeGreaterThanOrEqual(2);
    expect(ip[3]).toBeLessThanOrEqual(254);

    const web = await json(
      await send(`${f.api}/security-groups`, f.demo, 'POST', { security_group: { name: 'web' } }),
    );
    const updated = await updatePort(port.id, {
      name: 'renamed',
      security_groups: [defaultGroup.id, web.security_group.id],
    });
    expect(updated.status).toBe(200);
    expect((await json(updated)).port).toMatchObject({
      name: 'renamed',
      security_groups: [defaultGroup.id, web.security_group.id],
      revision_number: 2,
    });
    await expectError(
      await send(`${f.api}/security-groups/${web.security_group.id}`, f.demo, 'DELETE'),
      409,
      'SecurityGroupInUse',
      `Security Group ${web.security_group.id} in use.`,
    );
    await expectError(
      await updatePort(port.id, { port_security_enabled: false }),
      409,
      'PortSecurityPortHasSecurityGroup',
      'Port has security group associated. Cannot disable port security or IP address until security group is removed.',
    );
    const off = await updatePort(port.id, { port_security_enabled: false, security_groups: [] });
    expect((await json(off)).port).toMatchObject({
      port_security_enabled: false,
      security_groups: [],
    });
    await expectError(
      await updatePort(port.id, { security_groups: [defaultGroup.id] }),
      400,
      'PortSecurityAndIPRequiredForSecurityGroups',
      'Port security must be enabled and port must have an IP address in order to use security groups.',
    );
    expect((await deletePort(port.id)).status).toBe(204);
    await expectError(
      await deletePort(port.id),
      404,
      'PortNotFound',
      `Port ${port.id} could not be found.`,
    );
    expect(
      (await send(`${f.api}/security-groups/${web.security_group.id}`, f.demo, 'DELETE')).status,
    ).toBe(204);
  });

  it('takes a requested address and refuses one in use or outside the subnets', async () => {
    const res = await createPort({
      network_id: privateNet.id,
      fixed_ips: [{ ip_address: '10.0.0.77' }],
    });
    const { port } = await json(res);
    expect(port.fixed_ips).toEqual([{ subnet_id: privateNet.subnets[0], ip_address: '10.0.0.77' }]);
    await expectError(
      await createPort({ network_id: privateNet.id, fixed_ips: [{ ip_address: '10.0.0.77' }] }),
      409,
      'IpAddressAlreadyAllocated',
      `IP address 10.0.0.77 already allocated in subnet ${privateNet.subnets[0]}`,
    );
    await expectError(
      await createPort({ network_id: privateNet.id, fixed_ips: [{ ip_address: '10.9.0.1' }] }),
      400,
      'InvalidIpForNetwork',
      'IP address 10.9.0.1 is not a valid IP for any of the subnets on the specified network.',
    );
    await deletePort(port.id);
  });

  it.each([
    [
      { network_id: 'xyz' },
      400,
      'HTTPBadRequest',
      "Invalid input for network_id. Reason: 'xyz' is not a valid UUID.",
    ],
    [
      { name: 'x' },
      400,
      'HTTPBadRequest',
      "Failed to parse request. Required attribute 'network_id' not specified",
    ],
    [
      { network_id: '00000000-0000-0000-0000-000000000000' },
      404,
      'NetworkNotFound',
      'Network 00000000-0000-0000-0000-000000000000 could not be found.',
    ],
    [
      { network_id: 'PRIVATE', bogus: 1 },
      400,
      'HTTPBadRequest',
      "Unrecognized attribute(s) 'bogus'",
    ],
    [
      { network_id: 'PRIVATE', status: 'ACTIVE' },
      400,
      'HTTPBadRequest',
      "Attribute 'status' not allowed in POST",
    ],
    [
      { network_id: 'PRIVATE', fixed_ips: [{ ip_address: 'bogus' }] },
      400,
      'HTTPBadRequest',
      "Invalid input for fixed_ips. Reason: 'bogus' is not a valid IP address.",
    ],
    [
      { network_id: 'PRIVATE', security_groups: ['default'] },
      400,
      'HTTPBadRequest',
      "Invalid input for security_groups. Reason: 'default' is not a valid UUID.",
    ],
    [
      { network_id: 'PRIVATE', security_groups: ['00000000-0000-0000-0000-000000000000'] },
      404,
      'SecurityGroupNotFound',
      'Security group 00000000-0000-0000-0000-000000000000 does not exist',
    ],
    [
      { network_id: 'PRIVATE', port_security_enabled: 'maybe' },
      400,
      'InvalidInput',
      "Invalid input for operation: 'maybe' cannot be converted to boolean.",
    ],
    [
      { network_id: 'PRIVATE', project_id: 'someone-else' },
      400,
      'HTTPBadRequest',
      "Specifying 'project_id' or 'tenant_id' other than the authenticated project in request requires admin or advsvc privileges",
    ],
  ])('POST %j -> %i %s', async (port, status, type, message) => {
    const body = JSON.parse(JSON.stringify(port).replace('PRIVATE', privateNet.id)) as Json;
    await expectError(await createPort(body), status, type, message);
  });

  it('refuses ports on the external network for members, and bad bodies', async () => {
    await expectError(
      await createPort({ network_id: publicNet.id }),
      403,
      'HTTPForbidden',
      `Tenant ${f.demoProject} not allowed to create port on this network`,
    );
    const asAdmin = await createPort({ network_id: publicNet.id }, f.admin);
    expect(asAdmin.status).toBe(201);
    await send(`${f.api}/ports/${(await json(asAdmin)).port.id}`, f.admin, 'DELETE');
    await expectError(
      await send(`${f.api}/ports`, f.demo, 'POST', 'not json'),
      400,
      'HTTPBadRequest',
      'Body contains invalid data',
    );
    await expectError(
      await send(`${f.api}/ports`, f.demo, 'POST', {}),
      400,
      'HTTPBadRequest',
      "Unable to find 'port' in request body",
    );
  });

  it('refuses read-only updates, duplicates and the router’s own ports', async () => {
    const iface = (
      await json(await get(`${f.api}/ports?device_owner=network:router_interface`, f.demo))
    ).ports[0];
    await expectError(
      await updatePort(iface.id, { network_id: privateNet.id }),
      400,
      'HTTPBadRequest',
      'Cannot update read-only attribute network_id',
    );
    await expectError(
      await updatePort(iface.id, { security_groups: [defaultGroup.id, defaultGroup.id] }),
      400,
      'HTTPBadRequest',
      `Invalid input for security_groups. Reason: Duplicate items in the list: '${defaultGroup.id}'.`,
    );
    await expectError(
      await deletePort(iface.id),
      409,
      'ServicePortInUse',
      `Port ${iface.id} cannot be deleted directly via the port API: has device owner network:router_interface.`,
    );
    await expectError(
      await updatePort('xyz', { name: 'x' }),
      404,
      'PortNotFound',
      'Port xyz could not be found.',
    );
  });
});

describe('security groups', () => {
  it('lists the default group with Neutron’s default rules', async () => {
    expect(defaultGroup).toMatchObject({
      name: 'default',
      description: 'Default security group',
      stateful: true,
      shared: false,
      project_id: f.demoProject,
      revision_number: 1,
    });
    const rules = defaultGroup.security_group_rules.map((r: Json) => [
      r.direction,
      r.ethertype,
      r.remote_group_id === defaultGroup.id,
      r.protocol,
      r.remote_ip_prefix,
    ]);
    expect(rules.sort()).toEqual([
      ['egress', 'IPv4', false, null, null],
      ['egress', 'IPv6', false, null, null],
      ['ingress', 'IPv4', true, null, null],
      ['ingress', 'IPv6', true, null, null],
    ]);
    const listed = await json(
      await get(
        `${f.api}/security-group-rules?security_group_id=${defaultGroup.id}&fields=id`,
        f.demo,
      ),
    );
    expect(listed.security_group_rules).toHaveLength(4);
    const rule = defaultGroup.security_group_rules[0];
    expect(
      (await json(await get(`${f.api}/security-group-rules/${rule.id}`, f.demo)))
        .security_group_rule,
    ).toEqual(rule);
  });

  it('creates groups with egress rules, refuses a second default, deletes', async () => {
    const res = await send(`${f.api}/security-groups`, f.demo, 'POST', {
      security_group: { name: 'ssh', description: 'for ssh' },
    });
    expect(res.status).toBe(201);
    const group = (await json(res)).security_group;
    expect(group).toMatchObject({ name: 'ssh', description: 'for ssh', project_id: f.demoProject });
    expect(
      group.security_group_rules.map((r: Json) => `${r.direction}/${r.ethertype}`).sort(),
    ).toEqual(['egress/IPv4', 'egress/IPv6']);
    expect(
      (await json(await get(`${f.api}/security-groups/${group.id}`, f.demo))).security_group,
    ).toEqual(group);
    await expectError(
      await send(`${f.api}/security-groups`, f.demo, 'POST', {
        security_group: { name: 'default' },
      }),
      409,
      'SecurityGroupDefaultAlreadyExists',
      'Default security group already exists.',
    );
    await expectError(
      await send(`${f.api}/security-groups/${defaultGroup.id}`, f.demo, 'DELETE'),
      409,
      'SecurityGroupCannotRemoveDefault',
      'Insufficient rights for removing default security group.',
    );
    expect((await send(`${f.api}/security-groups/${group.id}`, f.demo, 'DELETE')).status).toBe(204);
    await expectError(
      await get(`${f.api}/security-groups/${group.id}`, f.demo),
      404,
      'SecurityGroupNotFound',
      `Security group ${group.id} does not exist`,
    );
  });

  it('keeps other projects’ groups out of sight and makes defaults on first use', async () => {
    const adminGroups = await json(
      await get(`${f.api}/security-groups?fields=project_id`, f.admin),
    );
    expect(adminGroups.security_groups.map((g: Json) => g.project_id)).toContain(f.demoProject);
    const demoGroups = await json(await get(`${f.api}/security-groups?fields=project_id`, f.demo));
    expect(new Set(demoGroups.security_groups.map((g: Json) => g.project_id))).toEqual(
      new Set([f.demoProject]),
    );
    const fresh = await json(
      await get(`${f.api}/security-groups?project_id=fresh-project&fields=name`, f.admin),
    );
    expect(fresh.security_groups).toEqual([{ name: 'default' }]);
  });
});
