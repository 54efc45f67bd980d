// A network row with its subnets' names and CIDRs (Horizon's "Subnets
// Associated"): one subnet call per page of networks, not one per network.
import type { Api } from '@/lib/openstack/api';
import type { NetworkDetail } from '@/lib/openstack/network/network-schemas';
import type { ListQuery, ListResult } from '@/lib/openstack/pagination';

export interface SubnetSummary {
  id: string;
  name: string;
  cidr: string;
}

export type NetworkRow = NetworkDetail & { subnetSummaries: SubnetSummary[] };

async function withSubnets(api: Api, networks: NetworkDetail[]): Promise<NetworkRow[]> {
  const ids = networks.filter((n) => n.subnets.length > 0).map((n) => n.id);
  const subnets = ids.length
    ? (await api.network.pageSubnets({ filters: { network_id: ids } })).items
    : [];
  const byId = new Map(subnets.map((s) => [s.id, s]));
  return networks.map((n) => ({
    ...n,
    // A subnet we may not read (another project's, on a shared network) shows its ID.
    subnetSummaries: n.subnets.map((id) => {
      const s = byId.get(id);
      return { id, name: s?.name ?? '', cidr: s?.cidr ?? '' };
    }),
  }));
}

/**
 * Other projects' shared and external networks, which an admin's list limited
 * to the project (`project_id`) leaves out but Horizon's project list shows.
 */
async function othersVisible(
  api: Api,
  projectId: string,
  filters: Record<string, string>,
): Promise<NetworkDetail[]> {
  const [shared, external] = await Promise.all(
    [{ shared: 'True' }, { 'router:external': 'True' }].map(
      async (only) =>
        (await api.network.pageNetworks({ filters: { ...filters, ...only }, sortKey: 'name' }))
          .items,
    ),
  );
  const seen = new Set<string>();
  return [...shared!, ...external!].filter(
    (n) => n.project_id !== projectId && !seen.has(n.id) && seen.add(n.id),
  );
}

export async function listNetworkRows(api: Api, query: ListQuery): Promise<ListResult<NetworkRow>> {
  const { project_id: projectId, ...others } = query.filters ?? {};
  const [page, extra] = await Promise.all([
    api.network.pageNetworks({
      limit: query.limit,
      marker: query.marker,
      filters: query.filters,
      sortKey: 'name',
    }),
    // Only with the first page: later pages are the project's own.
    projectId && !query.marker ? othersVisible(api, projectId, others) : [],
  ]);
  const rows = await withSubnets(api, [...extra, ...page.items]);
  return { pinned: rows.slice(0, extra.length), items: rows.slice(extra.length), next: page.next };
}

export async function getNetworkRow(api: Api, id: string): Promise<NetworkRow> {
  const [row] = await withSubnets(api, [await api.network.getNetwork(id)]);
  return row!;
}
