// A network topology to measure: routers with a gateway on the external
// network, each with interfaces on its share of the networks, and servers
// spread over the networks (one port each). Everything is named `<prefix>-…`
// so it can be found and removed again, in the order Neutron needs.
import type { CloudUser } from './cloud';

export interface TopologySize {
  networks: number;
  routers: number;
  servers: number;
}

export interface SeededTopology {
  networkIds: string[];
  routerIds: string[];
}

/** Lets the project hold the topology (admin calls to Nova and Neutron). */
export async function raiseNetworkQuota(
  admin: CloudUser,
  projectId: string,
  size: TopologySize,
): Promise<void> {
  await admin.api.network.updateNetworkQuota(projectId, {
    network: size.networks + 10,
    subnet: size.networks + 10,
    router: size.routers + 10,
    port: size.servers + size.networks * 4 + size.routers * 4 + 50,
  });
}

async function flavorAndImage(user: CloudUser): Promise<{ flavor: string; image: string }> {
  const flavors = (await user.api.compute.listFlavors()).items;
  const images = (await user.api.image.listImages({ filters: { name: 'cirros-like' } })).items;
  const flavor = flavors.find((f) => f.name === 'm1.tiny')?.id;
  const image = images[0]?.id;
  if (!flavor || !image) throw new Error('the cloud lacks m1.tiny or cirros-like');
  return { flavor, image };
}

/** Networks with a subnet each, and routers (gateway on the external network) with interfaces on them. */
export async function seedNetworks(
  user: CloudUser,
  prefix: string,
  size: Omit<TopologySize, 'servers'>,
): Promise<SeededTopology> {
  const external = (await user.api.network.pageNetworks({ filters: { 'router:external': true } }))
    .items[0];
  const networkIds: string[] = [];
  const subnetIds: string[] = [];
  for (let i = 0; i < size.networks; i++) {
    const network = await user.api.network.createNetwork({ name: `${prefix}-net-${i}` });
    const subnet = await user.api.network.createSubnet({
      network_id: network.id,
      name: `${prefix}-subnet-${i}`,
      cidr: `10.${100 + Math.floor(i / 200)}.${i % 200}.0/24`,
      ip_version: 4,
    });
    networkIds.push(network.id);
    subnetIds.push(subnet.id);
  }
  const routerIds: string[] = [];
  for (let i = 0; i < size.routers; i++) {
    const router = await user.api.network.createRouter({
      name: `${prefix}-router-${i}`,
      ...(external ? { gateway: { networkId: external.id } } : {}),
    });
    routerIds.push(router.id);
    for (let n = i; n < subnetIds.length; n += size.routers)
      await user.api.network.addRouterInterface(router.id, { subnetId: subnetIds[n]! });
  }
  return { networkIds, routerIds };
}

/**
 * `count` more servers spread over the networks (one port each), by
 * multi-create: one call per network. `batch` names them apart from earlier ones.
 */
export async function addServers(
  user: CloudUser,
  prefix: string,
  networkIds: string[],
  count: number,
  batch: number,
): Promise<void> {
  const { flavor, image } = await flavorAndImage(user);
  for (let n = 0; n < networkIds.length; n++) {
    const share = Math.floor(count / networkIds.length) + (n < count % networkIds.length ? 1 : 0);
    if (share === 0) continue;
    await user.api.compute.createServer({
      server: {
        name: `${prefix}-vm-${batch}-${n}`,
        flavorRef: flavor,
        imageRef: image,
        networks: [{ uuid: networkIds[n] }],
        min_count: share,
        max_count: share,
      },
    });
  }
}

export async function seedTopology(
  user: CloudUser,
  prefix: string,
  size: TopologySize,
): Promise<SeededTopology> {
  const seeded = await seedNetworks(user, prefix, size);
  await addServers(user, prefix, seeded.networkIds, size.servers, 0);
  return seeded;
}

async function until(what: string, done: () => Promise<boolean>, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** Removes what seedTopology made: servers, then interfaces and routers, then networks. */
export async function removeTopology(user: CloudUser, prefix: string): Promise<void> {
  const mine = (name: string) => name.startsWith(`${prefix}-`);
  const servers = async () =>
    (await user.api.compute.listServers({ limit: 1000, filters: { name: `^${prefix}-` } })).items;
  for (const server of await servers())
    await user.api.compute.deleteServer(server.id).catch(() => undefined);
  await until('the servers to go', async () => (await servers()).length === 0, 10 * 60_000);

  const routers = (await user.api.network.listRouters({ limit: 1000 })).items.filter((r) =>
    mine(r.name),
  );
  const ports = (await user.api.network.pagePorts({ limit: 5000 })).items;
  for (const router of routers) {
    for (const port of ports.filter(
      (p) => p.device_id === router.id && p.device_owner === 'network:router_interface',
    ))
      await user.api.network.removeRouterInterface(router.id, { portId: port.id });
    await user.api.network.deleteRouter(router.id);
  }
  const networks = (await user.api.network.pageNetworks({ limit: 1000 })).items.filter((n) =>
    mine(n.name),
  );
  for (const network of networks) await user.api.network.deleteNetwork(network.id);
}
