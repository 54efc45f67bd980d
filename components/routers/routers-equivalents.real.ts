// The Routers panel's equivalent commands, run for real against the devcloud as
// demo: router create with a gateway, add subnet (and by port at an address),
// static routes, clear/set gateway, edit, delete — CLI, openstacksdk and Heat.
// Only in `npm run test:real` (tests/real/vitest.config.mts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  python,
  shell,
  stackCreate,
  stackDelete,
  uniqueName as unique,
  workspace,
  type Workspace,
  NO_SANDBOX_HEAT,
  sandboxLacks,
  skipOnSandbox,
} from '@/tests/real/clients';
import {
  addInterfaceEquivalents,
  addRoutesEquivalents,
  clearGatewayEquivalents,
  createRouterEquivalents,
  deleteRouterEquivalents,
  editRouterEquivalents,
  removeInterfaceEquivalents,
  removeRoutesEquivalents,
  setGatewayEquivalents,
} from './routers-equivalents';

interface ShownRouter {
  id: string;
  name: string;
  admin_state_up: boolean;
  external_gateway_info: { network_id: string; enable_snat?: boolean } | null;
  routes: { destination: string; nexthop: string }[];
}

interface ListedPort {
  ID: string;
  'Fixed IP Addresses': { subnet_id: string; ip_address: string }[];
}

let demo: Workspace;
let publicId: string;
let networkId: string;
let subnetId: string;
let third: number;

const json = async <T>(command: string) => JSON.parse(await shell(demo, command)) as T;
const showRouter = (id: string) => json<ShownRouter>(`openstack router show -f json ${id}`);
const routerId = async (name: string) =>
  (await json<{ id: string }>(`openstack router show -f json ${name}`)).id;
const routerPorts = (id: string) =>
  json<ListedPort[]>(`openstack port list --router ${id} -f json`);
const gatewayNetwork = (r: ShownRouter) => r.external_gateway_info?.network_id;
// Neutron may answer with the route's address normalised; compare as sets of text.
const routeTexts = (r: ShownRouter) => r.routes.map((x) => `${x.destination} ${x.nexthop}`);

beforeAll(async () => {
  demo = await workspace('demo');
  publicId = (await shell(demo, 'openstack network show public -f value -c id')).trim();
  const net = unique('rtr-net');
  networkId = (await shell(demo, `openstack network create ${net} -f value -c id`)).trim();
  third = 100 + Math.floor(Math.random() * 150);
  subnetId = (
    await shell(
      demo,
      `openstack subnet create --network ${networkId} --subnet-range 10.232.${third}.0/24 ${net}-subnet -f value -c id`,
    )
  ).trim();
}, 180_000);

afterAll(async () => {
  // Whatever a failed test left: stacks, then routers (interfaces first), then the network.
  const stacks = sandboxLacks(NO_SANDBOX_HEAT)
    ? []
    : await json<{ 'Stack Name': string }[]>('openstack stack list -f json');
  for (const s of stacks.filter((x) => x['Stack Name'].startsWith('eq-rtr')))
    await stackDelete(demo, s['Stack Name']);
  const routers = await json<{ ID: string; Name: string }[]>('openstack router list -f json');
  for (const r of routers.filter((x) => x.Name.startsWith('eq-rtr'))) {
    for (const p of await routerPorts(r.ID))
      await shell(demo, `openstack router remove port ${r.ID} ${p.ID} || true`);
    await shell(demo, `openstack router delete ${r.ID} || true`);
  }
  const networks = await json<{ ID: string; Name: string }[]>('openstack network list -f json');
  for (const n of networks.filter((x) => x.Name.startsWith('eq-rtr-net')))
    await shell(demo, `openstack network delete ${n.ID} || true`);
}, 300_000);

describe('Routers equivalents (demo)', () => {
  it('the CLI creates a router with a gateway, adds the subnet and a route, and takes it down', async () => {
    const name = unique('rtr-cli');
    await shell(
      demo,
      createRouterEquivalents({ name, adminStateUp: true, gateway: { network: publicId } }).cli,
    );
    const id = await routerId(name);
    expect(gatewayNetwork(await showRouter(id))).toBe(publicId);

    await shell(demo, addInterfaceEquivalents(id, { subnetId, networkId }).cli);
    const ips = (await routerPorts(id)).flatMap((p) => p['Fixed IP Addresses']);
    expect(ips).toContainEqual({ subnet_id: subnetId, ip_address: `10.232.${third}.1` });

    const route = { destination: '192.168.88.0/24', nexthop: `10.232.${third}.20` };
    await shell(demo, addRoutesEquivalents(id, [route]).cli);
    expect(routeTexts(await showRouter(id))).toEqual([`192.168.88.0/24 ${route.nexthop}`]);
    await shell(demo, removeRoutesEquivalents(id, [route]).cli);
    expect((await showRouter(id)).routes).toEqual([]);

    await shell(demo, clearGatewayEquivalents([id]).cli);
    expect((await showRouter(id)).external_gateway_info).toBeNull();
    await shell(demo, setGatewayEquivalents(id, { network: publicId }).cli);
    expect(gatewayNetwork(await showRouter(id))).toBe(publicId);
    await shell(demo, editRouterEquivalents(id, `${name}-x`, false).cli);
    expect(await showRouter(id)).toMatchObject({ name: `${name}-x`, admin_state_up: false });

    const ports = (await routerPorts(id)).filter((p) =>
      p['Fixed IP Addresses'].some((ip) => ip.subnet_id === subnetId),
    );
    await shell(
      demo,
      removeInterfaceEquivalents(
        id,
        ports.map((p) => p.ID),
      ).cli,
    );
    await shell(demo, deleteRouterEquivalents([id]).cli);
    const left = await json<{ ID: string }[]>('openstack router list -f json');
    expect(left.map((r) => r.ID)).not.toContain(id);
  }, 300_000);

  it('the CLI adds an interface at a chosen address through a port', async () => {
    const name = unique('rtr-cli-ip');
    await shell(demo, createRouterEquivalents({ name, adminStateUp: true }).cli);
    const id = await routerId(name);
    const address = `10.232.${third}.254`;
    await shell(demo, addInterfaceEquivalents(id, { subnetId, networkId, ipAddress: address }).cli);
    const ports = await routerPorts(id);
    expect(ports.flatMap((p) => p['Fixed IP Addresses'])).toContainEqual({
      subnet_id: subnetId,
      ip_address: address,
    });
    await shell(
      demo,
      removeInterfaceEquivalents(
        id,
        ports.map((p) => p.ID),
      ).cli,
    );
    await shell(demo, deleteRouterEquivalents([id]).cli);
  }, 300_000);

  it('the openstacksdk snippets do the same', async () => {
    const name = unique('rtr-sdk');
    const id = (
      await python(
        demo,
        createRouterEquivalents({ name, adminStateUp: true, gateway: { network: publicId } }).sdk,
      )
    ).trim();
    expect(gatewayNetwork(await showRouter(id))).toBe(publicId);

    const address = `10.232.${third}.253`;
    await python(
      demo,
      addInterfaceEquivalents(id, { subnetId, networkId, ipAddress: address }).sdk,
    );
    const ports = await routerPorts(id);
    expect(ports.flatMap((p) => p['Fixed IP Addresses'])).toContainEqual({
      subnet_id: subnetId,
      ip_address: address,
    });

    const route = { destination: '192.168.89.0/24', nexthop: `10.232.${third}.21` };
    await python(demo, addRoutesEquivalents(id, [route]).sdk);
    expect(routeTexts(await showRouter(id))).toEqual([`192.168.89.0/24 ${route.nexthop}`]);
    await python(demo, removeRoutesEquivalents(id, [route]).sdk);
    expect((await showRouter(id)).routes).toEqual([]);

    await python(demo, clearGatewayEquivalents([id]).sdk);
    expect((await showRouter(id)).external_gateway_info).toBeNull();
    await python(demo, setGatewayEquivalents(id, { network: publicId }).sdk);
    expect(gatewayNetwork(await showRouter(id))).toBe(publicId);
    await python(demo, editRouterEquivalents(id, `${name}-x`, true).sdk);
    expect((await showRouter(id)).name).toBe(`${name}-x`);

    await python(
      demo,
      removeInterfaceEquivalents(
        id,
        ports.map((p) => p.ID),
      ).sdk,
    );
    await python(demo, deleteRouterEquivalents([id]).sdk);
    const left = await json<{ ID: string }[]>('openstack router list -f json');
    expect(left.map((r) => r.ID)).not.toContain(id);
  }, 300_000);

  it('the Heat templates make the router with its gateway, the interface and the routes', async (ctx) => {
    skipOnSandbox(ctx, NO_SANDBOX_HEAT);
    const name = unique('rtr-hot');
    const stacks = [`${name}-router`, `${name}-interface`, `${name}-routes`];
    try {
      await stackCreate(
        demo,
        stacks[0]!,
        createRouterEquivalents({ name, adminStateUp: true, gateway: { network: publicId } }).hot,
      );
      const id = await routerId(name);
      expect(gatewayNetwork(await showRouter(id))).toBe(publicId);

      await stackCreate(demo, stacks[1]!, addInterfaceEquivalents(id, { subnetId, networkId }).hot);
      expect((await routerPorts(id)).flatMap((p) => p['Fixed IP Addresses'])).toContainEqual({
        subnet_id: subnetId,
        ip_address: `10.232.${third}.1`,
      });

      const route = { destination: '192.168.90.0/24', nexthop: `10.232.${third}.22` };
      await stackCreate(demo, stacks[2]!, addRoutesEquivalents(id, [route]).hot);
      expect(routeTexts(await showRouter(id))).toEqual([`192.168.90.0/24 ${route.nexthop}`]);
    } finally {
      for (const stack of [...stacks].reverse()) await stackDelete(demo, stack);
    }
    const left = await json<{ Name: string }[]>('openstack router list -f json');
    expect(left.map((r) => r.Name)).not.toContain(name);
  }, 300_000);
});
