// Routers: create with a gateway, list pages, update, interfaces by port and
// subnet, static routes, delete, and Neutron's refusals in its own words
// (lib/openstack/network/routers.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { Router } from '@/lib/openstack/network/router-schemas';
import type { DashboardToken } from '@/lib/session-token';
import { unique, demoAndAdmin } from './context';
import { failure } from './failure';
import { inCidr, networkFixture, type NetworkFixture } from './network-fixture';
import { scratchFor, type Scratch } from './neutron-scratch';

let demo: DashboardToken;
let api: Api;
let adminApi: Api;
let net: NetworkFixture;
let scratch: Scratch;
const routers: string[] = [];
const ports: string[] = [];
const networks: string[] = [];

beforeAll(async () => {
  ({ demo, api, adminApi } = await demoAndAdmin());
  scratch = scratchFor(api);
  net = await networkFixture(api, adminApi, demo.project.id);
});

afterAll(async () => {
  for (const id of routers) {
    for (const port of await api.network
      .listPorts({ device_id: id, device_owner: 'network:router_interface' })
      .catch(() => [])) {
      await api.network.removeRouterInterface(id, { portId: port.id }).catch(() => undefined);
    }
    await api.network.updateRouter(id, { routes: [] }).catch(() => undefined);
    await api.network.deleteRouter(id).catch(() => undefined);
    await adminApi.network.deleteRouter(id).catch(() => undefined);
  }
  for (const id of ports) await scratch.deletePort(id);
  for (const id of networks) await scratch.deleteNetwork(id);
});

async function newRouter(withGateway = true): Promise<Router> {
  const router = await api.network.createRouter({
    name: unique('router'),
    ...(withGateway ? { gateway: { networkId: net.publicNetworkId } } : {}),
  });
  routers.push(router.id);
  return router;
}

async function newPort(): Promise<string> {
  const port = await scratch.createPort(net.privateNetworkId);
  ports.push(port.id);
  return port.id;
}

describe('routers', () => {
  it('creates a router with a gateway on the external network, SNAT on, an address from its subnet', async () => {
    const router = await newRouter();
    expect(router).toMatchObject({ status: 'ACTIVE', admin_state_up: true, routes: [] });
    expect(router.external_gateway_info).toMatchObject({
      network_id: net.publicNetworkId,
      enable_snat: true,
    });
    const [ip] = router.external_gateway_info!.external_fixed_ips;
    expect(inCidr(ip!.ip_address, net.publicCidr)).toBe(true);
    // The gateway port belongs to no project: only an admin sees it.
    const gatewayPorts = await adminApi.network.listPorts({
      device_id: router.id,
      device_owner: 'network:router_gateway',
    });
    expect(gatewayPorts.map((p) => p.fixed_ips)).toEqual([[ip]]);
    expect(await api.network.getRouter(router.id)).toMatchObject({
      id: router.id,
      name: router.name,
    });
  });

  it('lists routers in pages with limit and marker', async () => {
    await newRouter(false);
    const first = await api.network.listRouters({ limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.next).toBe(first.items[0]!.id);
    const second = await api.network.listRouters({ limit: 1, marker: first.next });
    expect(second.items).toHaveLength(1);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    const named = await api.network.listRouters({ filters: { name: 'router1' } });
    expect(named.items.map((r) => r.name)).toEqual(['router1']);
  });

  it('updates name, description and admin state, and clears then sets the gateway', async () => {
    const router = await newRouter();
    const updated = await api.network.updateRouter(router.id, {
      name: `${router.name}-x`,
      description: 'edge',
      adminStateUp: false,
    });
    expect(updated).toMatchObject({
      name: `${router.name}-x`,
      description: 'edge',
      admin_state_up: false,
    });
    expect(
      (await api.network.updateRouter(router.id, { gateway: null })).external_gateway_info,
    ).toBeNull();
    const again = await api.network.updateRouter(router.id, {
      gateway: { networkId: net.publicNetworkId },
    });
    expect(again.external_gateway_info?.network_id).toBe(net.publicNetworkId);
  });

  it('leaves enable_snat to admins, as policy says', async () => {
    const error = await failure(
      api.network.createRouter({
        name: unique('router'),
        gateway: { networkId: net.publicNetworkId, enableSnat: false },
      }),
    );
    expect(error.status).toBe(403);
    expect(error.title).toBe('PolicyNotAuthorized');
    expect(error.message).toBe(
      '(rule:create_router and (rule:create_router:external_gateway_info and (rule:create_router:external_gateway_info:network_id and rule:create_router:external_gateway_info:enable_snat))) is disallowed by policy',
    );
    const mine = await newRouter();
    const onUpdate = await failure(
      api.network.updateRouter(mine.id, {
        gateway: { networkId: net.publicNetworkId, enableSnat: false },
      }),
    );
    expect(onUpdate.status).toBe(403);
    expect(onUpdate.message).toBe(
      '(rule:update_router and (rule:update_router:external_gateway_info and (rule:update_router:external_gateway_info:network_id and rule:update_router:external_gateway_info:enable_snat))) is disallowed by policy',
    );
    const router = await adminApi.network.createRouter({
      name: unique('router'),
      gateway: { networkId: net.publicNetworkId, enableSnat: false },
    });
    routers.push(router.id);
    expect(router.external_gateway_info?.enable_snat).toBe(false);
    await adminApi.network.deleteRouter(router.id);
  });

  it('refuses a gateway on a network that is not external', async () => {
    const error = await failure(
      api.network.createRouter({
        name: unique('router'),
        gateway: { networkId: net.privateNetworkId },
      }),
    );
    expect(error.status).toBe(400);
    expect(error.title).toBe('BadRequest');
    expect(error.message).toBe(
      `Bad router request: Network ${net.privateNetworkId} is not an external network.`,
    );
  });

  it('answers RouterNotFound for an unknown router', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const error = await failure(api.network.getRouter(id));
    expect(error.status).toBe(404);
    expect(error.title).toBe('RouterNotFound');
    expect(error.message).toBe(`Router ${id} could not be found`);
  });
});

describe('router interfaces', () => {
  it('adds an interface by port, refuses a second one on the same subnet and a delete while attached', async () => {
    const router = await newRouter();
    const portId = await newPort();
    const info = await api.network.addRouterInterface(router.id, { portId });
    expect(info).toMatchObject({
      id: router.id,
      port_id: portId,
      subnet_id: net.privateSubnetId,
      subnet_ids: [net.privateSubnetId],
      network_id: net.privateNetworkId,
    });
    const port = await scratch.getPort(portId);
    expect(port).toMatchObject({ device_id: router.id, device_owner: 'network:router_interface' });

    const second = await newPort();
    const dup = await failure(api.network.addRouterInterface(router.id, { portId: second }));
    expect(dup.status).toBe(400);
    expect(dup.message).toBe(
      `Bad router request: Router already has a port on subnet ${net.privateSubnetId}.`,
    );

    const inUse = await failure(api.network.deleteRouter(router.id));
    expect(inUse.status).toBe(409);
    expect(inUse.title).toBe('RouterInUse');
    expect(inUse.message).toBe(`Router ${router.id} has ports still attached: ${portId}`);

    const busy = await failure(api.network.addRouterInterface(router.id, { portId }));
    expect(busy.status).toBe(409);
    expect(busy.title).toBe('PortInUse');

    const removed = await api.network.removeRouterInterface(router.id, { portId });
    expect(removed.port_id).toBe(portId);
    expect(await scratch.getPort(portId)).toBeNull();
    await api.network.deleteRouter(router.id);
  });

  it("refuses the private subnet's gateway address, which the first router already holds", async () => {
    const router = await newRouter();
    const error = await failure(
      api.network.addRouterInterface(router.id, { subnetId: net.privateSubnetId }),
    );
    expect(error.status).toBe(409);
    expect(error.title).toBe('IpAddressAlreadyAllocated');
    expect(error.message).toBe(
      `IP address ${net.privateGatewayIp} already allocated in subnet ${net.privateSubnetId}`,
    );
  });

  it('adds and removes an interface by subnet, taking the gateway IP; refuses overlaps and subnets without gateway', async () => {
    const router = await newRouter();
    const wide = await scratch.createNetworkWithSubnet(unique('net'), '10.61.0.0/16');
    networks.push(wide.networkId);
    const inner = await scratch.createNetworkWithSubnet(unique('net'), '10.61.4.0/24');
    const noGateway = await scratch.createNetworkWithSubnet(unique('net'), '10.62.0.0/24', null);
    networks.push(inner.networkId, noGateway.networkId);

    const info = await api.network.addRouterInterface(router.id, { subnetId: wide.subnetId });
    const port = await scratch.getPort(info.port_id);
    expect(port?.fixed_ips).toEqual([{ subnet_id: wide.subnetId, ip_address: '10.61.0.1' }]);
    expect(port?.device_owner).toBe('network:router_interface');

    const overlap = await failure(
      api.network.addRouterInterface(router.id, { subnetId: inner!.subnetId }),
    );
    expect(overlap.message).toBe(
      `Bad router request: Cidr 10.61.4.0/24 of subnet ${inner!.subnetId} overlaps with cidr 10.61.0.0/16 of subnet ${wide.subnetId}.`,
    );
    const bare = await failure(
      api.network.addRouterInterface(router.id, { subnetId: noGateway!.subnetId }),
    );
    expect(bare.message).toBe(
      'Bad router request: Subnet for router interface must have a gateway IP.',
    );

    const removed = await api.network.removeRouterInterface(router.id, { subnetId: wide.subnetId });
    expect(removed).toMatchObject({ port_id: info.port_id, subnet_id: wide.subnetId });
    expect(await scratch.getPort(info.port_id)).toBeNull();
  });

  it('refuses unknown interfaces and malformed requests in Neutron words', async () => {
    const router = await newRouter();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const noSubnet = await failure(
      api.network.removeRouterInterface(router.id, { subnetId: net.privateSubnetId }),
    );
    expect(noSubnet.status).toBe(404);
    expect(noSubnet.title).toBe('RouterInterfaceNotFoundForSubnet');
    expect(noSubnet.message).toBe(
      `Router ${router.id} has no interface on subnet ${net.privateSubnetId}`,
    );
    const noPort = await failure(api.network.removeRouterInterface(router.id, { portId: unknown }));
    expect(noPort.title).toBe('RouterInterfaceNotFound');
    expect(noPort.message).toBe(
      `Router ${router.id} does not have an interface with id ${unknown}`,
    );
    const missingSubnet = await failure(
      api.network.addRouterInterface(router.id, { subnetId: unknown }),
    );
    expect(missingSubnet.status).toBe(404);
    expect(missingSubnet.message).toBe(`Subnet ${unknown} could not be found.`);
    const badId = await failure(api.network.addRouterInterface(router.id, { portId: 'x' }));
    expect(badId.status).toBe(400);
    expect(badId.message).toBe("Bad router request: 'x' is not a valid UUID.");
  });
});

describe('static routes (extraroute)', () => {
  it('takes a route through a subnet on the router, refuses unreachable next hops and bad CIDRs', async () => {
    const router = await newRouter();
    const portId = await newPort();
    await api.network.addRouterInterface(router.id, { portId });
    const port = await scratch.getPort(portId);
    const routerIp = port!.fixed_ips[0]!.ip_address;
    const octets = routerIp.split('.');
    const nexthop = [...octets.slice(0, 3), String(((Number(octets[3]) + 1) % 250) + 2)].join('.');

    const unreachable = await failure(
      api.network.updateRouter(router.id, {
        routes: [{ destination: '10.1.0.0/24', nexthop: '10.9.9.9' }],
      }),
    );
    expect(unreachable.status).toBe(400);
    expect(unreachable.title).toBe('InvalidRoutes');
    expect(unreachable.message).toBe(
      "Invalid format for routes: [{'destination': '10.1.0.0/24', 'nexthop': '10.9.9.9'}], the nexthop is not connected with router",
    );
    const self = await failure(
      api.network.updateRouter(router.id, {
        routes: [{ destination: '10.1.0.0/24', nexthop: routerIp }],
      }),
    );
    expect(self.message).toBe(
      `Invalid format for routes: [{'destination': '10.1.0.0/24', 'nexthop': '${routerIp}'}], the nexthop is used by router`,
    );
    const badCidr = await failure(
      api.network.updateRouter(router.id, {
        routes: [{ destination: '10.1.0.0/33', nexthop: nexthop }],
      }),
    );
    expect(badCidr.status).toBe(400);
    expect(badCidr.message).toBe(
      "Invalid input for routes. Reason: '10.1.0.0/33' is not a valid CIDR.",
    );

    const route = { destination: '10.1.0.0/24', nexthop };
    expect((await api.network.updateRouter(router.id, { routes: [route] })).routes).toEqual([
      route,
    ]);
    const extra = { destination: '10.2.0.0/24', nexthop };
    expect((await api.network.addExtraRoutes(router.id, [extra])).routes).toEqual([route, extra]);
    expect((await api.network.removeExtraRoutes(router.id, [route])).routes).toEqual([extra]);

    const needed = await failure(api.network.removeRouterInterface(router.id, { portId }));
    expect(needed.status).toBe(409);
    expect(needed.title).toBe('RouterInterfaceInUseByRoute');
    expect(needed.message).toBe(
      `Router interface for subnet ${net.privateSubnetId} on router ${router.id} cannot be deleted, as it is required by one or more routes.`,
    );
    expect((await api.network.updateRouter(router.id, { routes: [] })).routes).toEqual([]);
    await api.network.removeRouterInterface(router.id, { portId });
  });
});
