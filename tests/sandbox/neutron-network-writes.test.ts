import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, type Json } from './helpers';
import { neutronError, neutronFixture, send, type NeutronFixture } from './neutron-helpers';

let f: NeutronFixture;

beforeAll(async () => {
  f = await neutronFixture();
});
afterAll(() => f.sandbox.close());

const createNetwork = (network: Json, token = f.demo) =>
  send(`${f.api}/networks`, token, 'POST', { network });
const updateNetwork = (id: string, network: Json, token = f.demo) =>
  send(`${f.api}/networks/${id}`, token, 'PUT', { network });
const deleteNetwork = (id: string, token = f.demo) =>
  send(`${f.api}/networks/${id}`, token, 'DELETE');

async function expectError(res: Response, status: number, type: string, message: string) {
  expect(res.status).toBe(status);
  expect(await json(res)).toEqual(neutronError(type, message));
}

describe('creating networks', () => {
  it('answers 201 with the network in Neutron’s shape, provider attributes for admins only', async () => {
    const res = await createNetwork({
      name: 'web',
      description: 'd',
      port_security_enabled: false,
    });
    expect(res.status).toBe(201);
    const { network } = await json(res);
    expect(network).toMatchObject({
      name: 'web',
      description: 'd',
      tenant_id: f.demoProject,
      project_id: f.demoProject,
      admin_state_up: true,
      status: 'ACTIVE',
      shared: false,
      'router:external': false,
      subnets: [],
      mtu: 1450,
      port_security_enabled: false,
      revision_number: 1,
    });
    expect(network['provider:network_type']).toBeUndefined();
    const asAdmin = (await json(await get(`${f.api}/networks/${network.id}`, f.admin))).network;
    expect(asAdmin['provider:network_type']).toBe('vxlan');
    expect(asAdmin['provider:segmentation_id']).toEqual(expect.any(Number));
  });

  it('refuses admin-only attributes to members in oslo.policy’s words', async () => {
    await expectError(
      await createNetwork({ name: 'x', shared: true }),
      403,
      'PolicyNotAuthorized',
      '(rule:create_network and rule:create_network:shared) is disallowed by policy',
    );
    await expectError(
      await createNetwork({ name: 'x', shared: true, 'router:external': true }),
      403,
      'PolicyNotAuthorized',
      '((rule:create_network and rule:create_network:shared) and rule:create_network:router:external) is disallowed by policy',
    );
    await expectError(
      await createNetwork({ name: 'x', mtu: 9000 }),
      400,
      'InvalidInput',
      'Invalid input for operation: Requested MTU is too big, maximum is 1450.',
    );
    await expectError(
      await createNetwork({ name: 'x', admin_state_up: 'maybe' }),
      400,
      'InvalidInput',
      "Invalid input for operation: 'maybe' cannot be converted to boolean.",
    );
    await expectError(
      await createNetwork({ name: 'x', mtu: 'abc' }),
      400,
      'InvalidInput',
      "Invalid input for operation: 'abc' is not an integer.",
    );
    await expectError(
      await createNetwork({ name: 'x', bogus: 1 }),
      400,
      'HTTPBadRequest',
      "Unrecognized attribute(s) 'bogus'",
    );
  });

  it('lets admins share a network, which members then see but cannot change', async () => {
    const res = await createNetwork(
      { name: 'campus', shared: true, 'router:external': false },
      f.admin,
    );
    expect(res.status).toBe(201);
    const { network } = await json(res);
    const seen = await json(await get(`${f.api}/networks?shared=true`, f.demo));
    expect(seen.networks.map((n: Json) => n.id)).toContain(network.id);
    await expectError(
      await updateNetwork(network.id, { name: 'mine' }),
      403,
      'PolicyNotAuthorized',
      'rule:update_network is disallowed by policy',
    );
    await expectError(
      await deleteNetwork(network.id),
      403,
      'PolicyNotAuthorized',
      'rule:delete_network is disallowed by policy',
    );
    expect((await deleteNetwork(network.id, f.admin)).status).toBe(204);
  });

  it("hides another project's private network (404)", async () => {
    const { network } = await json(await createNetwork({ name: 'admin-only' }, f.admin));
    const message = `Network ${network.id} could not be found.`;
    await expectError(
      await get(`${f.api}/networks/${network.id}`, f.demo),
      404,
      'NetworkNotFound',
      message,
    );
    await expectError(
      await updateNetwork(network.id, { name: 'x' }),
      404,
      'NetworkNotFound',
      message,
    );
    await expectError(await deleteNetwork(network.id), 404, 'NetworkNotFound', message);
  });
});

describe('updating and deleting networks', () => {
  it('updates the attributes and bumps the revision', async () => {
    const { network } = await json(await createNetwork({ name: 'a' }));
    const res = await updateNetwork(network.id, {
      name: 'b',
      admin_state_up: false,
      mtu: 1400,
      description: 'now',
    });
    expect(res.status).toBe(200);
    expect((await json(res)).network).toMatchObject({
      name: 'b',
      admin_state_up: false,
      mtu: 1400,
      description: 'now',
      revision_number: 2,
    });
    await expectError(
      await updateNetwork(network.id, { shared: true }),
      403,
      'PolicyNotAuthorized',
      '(rule:update_network and rule:update_network:shared) is disallowed by policy',
    );
  });

  it('refuses to delete a network with ports, but not for DHCP ports', async () => {
    const { network } = await json(await createNetwork({ name: 'busy' }));
    const port = (
      await json(await send(`${f.api}/ports`, f.demo, 'POST', { port: { network_id: network.id } }))
    ).port;
    await send(`${f.api}/ports`, f.demo, 'POST', {
      port: { network_id: network.id, device_owner: 'network:dhcp' },
    });
    await expectError(
      await deleteNetwork(network.id),
      409,
      'NetworkInUse',
      `Unable to complete operation on network ${network.id}. There are one or more ports still in use on the network, id for these ports is: ${port.id}.`,
    );
    expect((await send(`${f.api}/ports/${port.id}`, f.demo, 'DELETE')).status).toBe(204);
    expect((await deleteNetwork(network.id)).status).toBe(204);
    const left = await json(await get(`${f.api}/ports?network_id=${network.id}`, f.admin));
    expect(left.ports).toEqual([]);
    await expectError(
      await get(`${f.api}/networks/${network.id}`, f.demo),
      404,
      'NetworkNotFound',
      `Network ${network.id} could not be found.`,
    );
  });

  it('stops at the network quota with OverQuota', async () => {
    const mine = await json(await get(`${f.api}/networks?project_id=${f.demoProject}`, f.demo));
    for (let i = mine.networks.length; i < 100; i += 1) {
      expect((await createNetwork({ name: `n${i}` })).status).toBe(201);
    }
    await expectError(
      await createNetwork({ name: 'one too many' }),
      409,
      'OverQuota',
      "Quota exceeded for resources: ['network'].",
    );
  });
});
