// The topology as a graph: external networks → routers → networks → instances.
// Router gateways come from the router (its gateway port is not the project's),
// interfaces and instance ports from the one list of ports.
import { statusTone, type StatusTone } from '@/lib/ui/status-tone';
import type { TopologyData } from './topology-data';

export type TopoKind = 'external' | 'router' | 'network' | 'instance';

export interface TopoNode {
  /** `<kind>:<resource id>`; unique across kinds. */
  id: string;
  kind: TopoKind;
  resourceId: string;
  name: string;
  status: string;
  statusLabel: string;
  tone: StatusTone;
  /** A network's subnet CIDRs, an instance's fixed IPs. */
  lines: string[];
  /** Floating IPs on an instance. */
  floating: string[];
  href: string;
}

export interface TopoEdge {
  id: string;
  source: string;
  target: string;
  kind: 'gateway' | 'interface' | 'port';
  label: string;
}

export interface TopoGraph {
  nodes: TopoNode[];
  edges: TopoEdge[];
  /** Why instances are missing from the graph (Nova failed while Neutron answered). */
  instancesError?: string;
}

const INTERFACE_OWNERS = new Set([
  'network:router_interface',
  'network:router_interface_distributed',
  'network:ha_router_replicated_interface',
]);

const STATUS_LABELS: Record<string, string> = {
  ACTIVE: 'Active',
  DOWN: 'Down',
  BUILD: 'Build',
  ERROR: 'Error',
  SHUTOFF: 'Shutoff',
  VERIFY_RESIZE: 'Confirm or Revert Resize/Migrate',
  HARD_REBOOT: 'Hard Reboot',
  SHELVED_OFFLOADED: 'Shelved Offloaded',
  SOFT_DELETED: 'Soft Deleted',
};

export function statusLabel(status: string): string {
  return (
    STATUS_LABELS[status] ??
    status
      .toLowerCase()
      .split(/[_\s-]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' ')
  );
}

/** A Neutron resource administratively down reads as off, whatever its status. */
function neutronTone(status: string, adminUp: boolean): StatusTone {
  return adminUp ? statusTone(status) : 'idle';
}

function instanceTone(status: string, task: string | null | undefined): StatusTone {
  if (task) return 'busy';
  if (status === 'VERIFY_RESIZE') return 'info';
  return statusTone(status);
}

/** vm-2 before vm-10. */
const naturally = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

function byName<T extends { name: string; id: string }>(a: T, b: T): number {
  return naturally(a.name, b.name) || a.id.localeCompare(b.id);
}

export function buildTopology(data: TopologyData): TopoGraph {
  const nodes = new Map<string, TopoNode>();
  const edges: TopoEdge[] = [];
  const cidrsOf = new Map<string, string[]>();
  for (const subnet of [...data.subnets].sort((a, b) => a.cidr.localeCompare(b.cidr))) {
    const list = cidrsOf.get(subnet.network_id) ?? [];
    list.push(subnet.cidr);
    cidrsOf.set(subnet.network_id, list);
  }

  for (const network of [...data.networks].sort(byName)) {
    const external = Boolean(network['router:external']);
    const id = `${external ? 'external' : 'network'}:${network.id}`;
    nodes.set(id, {
      id,
      kind: external ? 'external' : 'network',
      resourceId: network.id,
      name: network.name || network.id,
      status: network.status,
      statusLabel: network.admin_state_up ? statusLabel(network.status) : 'Admin Down',
      tone: neutronTone(network.status, network.admin_state_up),
      lines: cidrsOf.get(network.id) ?? [],
      floating: [],
      href: `/project/networks/${encodeURIComponent(network.id)}`,
    });
  }
  const networkNodeId = (networkId: string, kind: 'external' | 'network' = 'network'): string => {
    const external = `external:${networkId}`;
    if (nodes.has(external)) return external;
    const internal = `network:${networkId}`;
    if (nodes.has(internal)) return internal;
    // A network the project cannot list (another project's): shown by its ID.
    const id = `${kind}:${networkId}`;
    nodes.set(id, {
      id,
      kind,
      resourceId: networkId,
      name: networkId,
      status: 'UNKNOWN',
      statusLabel: 'Unknown',
      tone: 'idle',
      lines: [],
      floating: [],
      href: `/project/networks/${encodeURIComponent(networkId)}`,
    });
    return id;
  };

  for (const router of [...data.routers].sort(byName)) {
    const id = `router:${router.id}`;
    nodes.set(id, {
      id,
      kind: 'router',
      resourceId: router.id,
      name: router.name || router.id,
      status: router.status,
      statusLabel: router.admin_state_up ? statusLabel(router.status) : 'Admin Down',
      tone: neutronTone(router.status, router.admin_state_up),
      lines: [],
      floating: [],
      href: `/project/routers/${encodeURIComponent(router.id)}`,
    });
    const gateway = router.external_gateway_info;
    if (gateway) {
      // The external network is the source so the graph flows outside → in.
      edges.push({
        id: `gateway:${router.id}`,
        source: networkNodeId(gateway.network_id, 'external'),
        target: id,
        kind: 'gateway',
        label: gateway.external_fixed_ips.map((ip) => ip.ip_address).join(', '),
      });
    }
  }

  const servers = new Map(data.servers.map((s) => [s.id, s]));
  const portsOf = new Map<string, string[]>();
  const portsById = new Map(data.ports.map((p) => [p.id, p]));
  const ports = [...data.ports].sort((a, b) => a.id.localeCompare(b.id));
  for (const port of ports) {
    const ips = port.fixed_ips.map((ip) => ip.ip_address);
    if (INTERFACE_OWNERS.has(port.device_owner) && nodes.has(`router:${port.device_id}`)) {
      edges.push({
        id: `interface:${port.id}`,
        source: `router:${port.device_id}`,
        target: networkNodeId(port.network_id),
        kind: 'interface',
        label: ips.join(', '),
      });
    } else if (port.device_owner.startsWith('compute:') && servers.has(port.device_id)) {
      edges.push({
        id: `port:${port.id}`,
        source: networkNodeId(port.network_id),
        target: `instance:${port.device_id}`,
        kind: 'port',
        label: ips.join(', '),
      });
      portsOf.set(port.device_id, [...(portsOf.get(port.device_id) ?? []), ...ips]);
    }
  }

  const floatingOf = new Map<string, string[]>();
  for (const fip of data.floatingIps) {
    const port = fip.port_id ? portsById.get(fip.port_id) : undefined;
    if (!port || !servers.has(port.device_id)) continue;
    floatingOf.set(port.device_id, [
      ...(floatingOf.get(port.device_id) ?? []),
      fip.floating_ip_address,
    ]);
  }

  for (const server of [...data.servers].sort(byName)) {
    const id = `instance:${server.id}`;
    nodes.set(id, {
      id,
      kind: 'instance',
      resourceId: server.id,
      name: server.name || server.id,
      status: server.status,
      statusLabel: statusLabel(server.status),
      tone: instanceTone(server.status, server['OS-EXT-STS:task_state']),
      lines: portsOf.get(server.id) ?? [],
      floating: (floatingOf.get(server.id) ?? []).sort(),
      href: `/project/instances/${encodeURIComponent(server.id)}`,
    });
  }

  const order: Record<TopoKind, number> = { external: 0, router: 1, network: 2, instance: 3 };
  return {
    nodes: [...nodes.values()].sort(
      (a, b) =>
        order[a.kind] - order[b.kind] || naturally(a.name, b.name) || a.id.localeCompare(b.id),
    ),
    edges,
    ...(data.serversError ? { instancesError: data.serversError } : {}),
  };
}
