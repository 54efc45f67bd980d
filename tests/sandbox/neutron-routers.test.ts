import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, type Json } from './helpers';
import { neutronError, neutronFixture, send, type NeutronFixture } from './neutron-helpers';

// The sandbox's routers over HTTP: bodies, codes and NeutronError texts
// (api-ref network v2 "Routers", "Extra routes").

let f: NeutronFixture;
let publicNet: Json;
let privateNet: Json;

beforeAll(async () => {
  f = await neutronFixture();
  const nets = (await json(await get(`${f.api}/networks`, f.demo))).networks as Json[];
  publicNet = nets.find((n) => n.name === 'public')!;
  privateNet = nets.find((n) => n.name === 'private')!;
});
afterAll(() => f.sandbox.close());

const router = async (body: Json, token = f.demo) =>
  send(`${f.api}/routers`, token, 'POST', { router: body });

describe('routers', () => {
  it('creates a router with a gateway: SNAT on, ACTIVE, an address on public', async () => {
    const res = await router({ name: 'r1', external_gateway_info: { network_id: publicNet.id } });
    expect(res.status).toBe(201);
    const body = (await json(res)).router;
    expect(body).toMatchObject({
      name: 'r1',
      status: 'ACTIVE',
      admin_state_up: true,
      routes: [],
      external_gateway_info: { network_id: publicNet.id, enable_snat: true },
    });
    expect(body.external_gateway_info.external_fixed_ips[0].ip_address).toMatch(/^172\.24\.4\./);
    expect((await send(`${f.api}/routers/${body.id}`, f.demo, 'DELETE')).status).toBe(204);
    expect((await get(`${f.api}/routers/${body.id}`, f.demo)).status).toBe(404);
  });

  it('refuses enable_snat from a member with the policy rule, and takes it from an admin', async () => {
    const info = { network_id: publicNet.id, enable_snat: false };
    const res = await router({ external_gateway_info: info });
    expect(res.status).toBe(403);
    expect(await json(res)).toEqual(
      neutronError(
        'PolicyNotAuthorized',
        '(rule:create_router and (rule:create_router:external_gateway_info and (rule:create_router:external_gateway_info:network_id and rule:create_router:external_gateway_info:enable_snat))) is disallowed by policy',
      ),
    );
    const admin = await router({ external_gateway_info: info }, f.admin);
    expect(admin.status).toBe(201);
    const created = (await json(admin)).router;
    expect(created.external_gateway_info.enable_snat).toBe(false);
    await send(`${f.api}/routers/${created.id}`, f.admin, 'DELETE');
  });

  it('validates external_gateway_info before looking the network up', async () => {
    expect(await json(await router({ external_gateway_info: { network_id: 'bogus' } }))).toEqual(
      neutronError(
        'HTTPBadRequest',
        "Invalid input for external_gateway_info. Reason: 'bogus' is not a valid UUID.",
      ),
    );
    expect(await json(await router({ external_gateway_info: 'x' }))).toEqual(
      neutronError(
        'HTTPBadRequest',
        "Invalid input for external_gateway_info. Reason: 'x' is not a dictionary.",
      ),
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await router({ external_gateway_info: { network_id: missing } });
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual(
      neutronError('NetworkNotFound', `Network ${missing} could not be found.`),
    );
  });

  it('refuses routes on create, as extraroute allows them on update only', async () => {
    const res = await router({ routes: [] });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual(
      neutronError('HTTPBadRequest', "Attribute 'routes' not allowed in POST"),
    );
  });

  it('adds an interface by port, takes a route through it, and refuses what Neutron refuses', async () => {
    const r = (await json(await router({ name: 'r2' }))).router;
    const port = (
      await json(
        await send(`${f.api}/ports`, f.demo, 'POST', { port: { network_id: privateNet.id } }),
      )
    ).port;
    const add = await send(`${f.api}/routers/${r.id}/add_router_interface`, f.demo, 'PUT', {
      port_id: port.id,
    });
    expect(add.status).toBe(200);
    expect(await json(add)).toEqual({
      id: r.id,
      tenant_id: f.demoProject,
      port_id: port.id,
      network_id: privateNet.id,
      subnet_id: privateNet.subnets[0],
      subnet_ids: [privateNet.subnets[0]],
    });
    const inUse = await send(`${f.api}/routers/${r.id}`, f.demo, 'DELETE');
    expect(inUse.status).toBe(409);
    expect(await json(inUse)).toEqual(
      neutronError('RouterInUse', `Router ${r.id} has ports still attached: ${port.id}`),
    );
    const ip = port.fixed_ips[0].ip_address as string;
    const hop = ip.endsWith('.77') ? '10.0.0.78' : '10.0.0.77';
    const routes = [{ destination: '10.1.0.0/24', nexthop: hop }];
    const upd = await send(`${f.api}/routers/${r.id}`, f.demo, 'PUT', { router: { routes } });
    expect((await json(upd)).router.routes).toEqual(routes);
    const extra = await send(`${f.api}/routers/${r.id}/add_extraroutes`, f.demo, 'PUT', {
      router: { routes: [{ destination: '10.2.0.0/24', nexthop: hop }] },
    });
    expect((await json(extra)).router.routes).toHaveLength(2);
    const stuck = await send(`${f.api}/routers/${r.id}/remove_router_interface`, f.demo, 'PUT', {
      port_id: port.id,
    });
    expect(stuck.status).toBe(409);
    expect((await json(stuck)).NeutronError.type).toBe('RouterInterfaceInUseByRoute');
    await send(`${f.api}/routers/${r.id}`, f.demo, 'PUT', { router: { routes: [] } });
    const removed = await send(`${f.api}/routers/${r.id}/remove_router_interface`, f.demo, 'PUT', {
      port_id: port.id,
    });
    expect(removed.status).toBe(200);
    expect((await get(`${f.api}/ports/${port.id}`, f.demo)).status).toBe(404);
    expect((await send(`${f.api}/routers/${r.id}`, f.demo, 'DELETE')).status).toBe(204);
  });

  it('refuses an interface request without or with both ids', async () => {
    const r = (await json(await router({ name: 'r3' }))).router;
    const url = `${f.api}/routers/${r.id}/add_router_interface`;
    expect(await json(await send(url, f.demo, 'PUT', {}))).toEqual(
      neutronError(
        'BadRequest',
        'Bad router request: Either subnet_id or port_id must be specified.',
      ),
    );
    const both = { subnet_id: privateNet.subnets[0], port_id: privateNet.subnets[0] };
    expect(await json(await send(url, f.demo, 'PUT', both))).toEqual(
      neutronError('BadRequest', 'Bad router request: Cannot specify both subnet-id and port-id.'),
    );
    const taken = await send(url, f.demo, 'PUT', { subnet_id: privateNet.subnets[0] });
    expect(taken.status).toBe(409);
    expect((await json(taken)).NeutronError.type).toBe('IpAddressAlreadyAllocated');
    await send(`${f.api}/routers/${r.id}`, f.demo, 'DELETE');
  });
});
