// What the Network Topology reads. api-ref: network v2 "Networks", "Subnets",
// "Routers (routers)", "Ports", "Floating IPs (floatingips)"; compute v2.1
// "Servers (servers)". Six lists, fetched together, each paged to the end.
import type { Api } from '@/lib/openstack/api';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { OpenStackError } from '@/lib/openstack/errors';
import type { FloatingIp } from '@/lib/openstack/network/floating-ip-schemas';
import type { NetworkDetail } from '@/lib/openstack/network/network-schemas';
import type { PortDetail } from '@/lib/openstack/network/port-schemas';
import type { Router } from '@/lib/openstack/network/router-schemas';
import type { SubnetDetail } from '@/lib/openstack/network/subnet-schemas';
import type { ListResult } from '@/lib/openstack/pagination';

/** Nova's default cap (osapi_max_limit); Neutron takes it too. One page per list below it. */
export const PAGE_LIMIT = 1000;

export interface TopologyData {
  networks: NetworkDetail[];
  subnets: SubnetDetail[];
  routers: Router[];
  ports: PortDetail[];
  servers: Server[];
  floatingIps: FloatingIp[];
  /** Nova's failure, when the servers could not be read: the networks are drawn anyway. */
  serversError?: string;
}

/** Every page of a list, following the API's next marker until there is none. */
export async function allPages<T>(
  page: (query: { limit: number; marker?: string }) => Promise<ListResult<T>>,
  limit = PAGE_LIMIT,
): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  // A marker seen twice would loop forever on a misbehaving cloud.
  const seen = new Set<string>();
  for (;;) {
    const result = await page({ limit, marker });
    items.push(...result.items);
    if (!result.next || result.items.length === 0 || seen.has(result.next)) return items;
    seen.add(result.next);
    marker = result.next;
  }
}

export async function fetchTopology(api: Api): Promise<TopologyData> {
  let serversError: string | undefined;
  const [networks, subnets, routers, ports, servers, floatingIps] = await Promise.all([
    allPages((q) => api.network.pageNetworks(q)),
    allPages((q) => api.network.pageSubnets(q)),
    allPages((q) => api.network.listRouters(q)),
    // One call for every port: router interfaces, gateways and instance ports.
    allPages((q) => api.network.pagePorts(q)),
    allPages((q) => api.compute.listServers(q)).catch((error: unknown) => {
      // An ended session ends the page; Nova alone failing only leaves instances out.
      if (error instanceof OpenStackError && error.sessionExpired) throw error;
      serversError = error instanceof Error ? error.message : String(error);
      return [];
    }),
    allPages((q) => api.network.listFloatingIps(q)),
  ]);
  return {
    networks,
    subnets,
    routers,
    ports,
    servers,
    floatingIps,
    ...(serversError ? { serversError } : {}),
  };
}
