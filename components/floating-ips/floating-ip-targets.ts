// What a floating IP can point at, and what it points at: the project's instance
// ports, one choice per fixed IPv4 address, named "instance-name: fixed-ip" as Horizon
// names them (api-ref network v2 "Ports", compute v2.1 "Servers").
import type { Api } from '@/lib/openstack/api';
import type { FloatingIp } from '@/lib/openstack/network/floating-ip-schemas';
import type { Port } from '@/lib/openstack/network/neutron-schemas';
import { targetValue } from './floating-ip-inputs';

export interface TargetOption {
  value: string;
  label: string;
}

const isInstancePort = (p: Pick<Port, 'device_owner'>) => p.device_owner.startsWith('compute:');
const isV4 = (ip: string) => !ip.includes(':');

/** One option per fixed IPv4 address of each instance port, sorted by label. */
export function portTargets(ports: Port[], serverNames: Record<string, string>): TargetOption[] {
  return ports
    .filter(isInstancePort)
    .flatMap((port) =>
      port.fixed_ips
        .filter((f) => isV4(f.ip_address))
        .map((f) => ({
          value: targetValue({ portId: port.id, fixedIp: f.ip_address }),
          label: `${serverNames[port.device_id] ?? port.device_id}: ${f.ip_address}`,
        })),
    )
    .sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
}

/** The project's instance ports with their servers' names: two calls. */
export async function listPortTargets(api: Api, projectId: string): Promise<TargetOption[]> {
  const [ports, servers] = await Promise.all([
    api.network.listPorts({ project_id: projectId }),
    api.compute.listServers({ limit: 1000 }),
  ]);
  return portTargets(ports, Object.fromEntries(servers.items.map((s) => [s.id, s.name])));
}

/** The instance a floating IP is mapped to, when its port belongs to one. */
export function instanceIdOf(fip: FloatingIp): string | undefined {
  const port = fip.port_details;
  return fip.port_id && port && isInstancePort(port) && port.device_id ? port.device_id : undefined;
}

/** "instance-name fixed-ip" as Horizon shows it; the fixed IP alone for other ports. */
export function mappedText(fip: FloatingIp, serverNames: Record<string, string> | undefined) {
  if (!fip.port_id) return '-';
  const id = instanceIdOf(fip);
  const name = id ? serverNames?.[id] : undefined;
  return name ? `${name} ${fip.fixed_ip_address ?? ''}`.trim() : (fip.fixed_ip_address ?? '-');
}

/** Names of the instances the rows are mapped to: one GET per distinct instance. */
export async function instanceNames(api: Api, rows: FloatingIp[]): Promise<Record<string, string>> {
  const ids = [...new Set(rows.map(instanceIdOf).filter((id): id is string => Boolean(id)))];
  const found = await Promise.allSettled(ids.map((id) => api.compute.getServer(id)));
  return Object.fromEntries(
    found.flatMap((r) => (r.status === 'fulfilled' ? [[r.value.id, r.value.name]] : [])),
  );
}

/** External networks, the pools floating IPs come from: id → name. */
export async function poolNames(api: Api): Promise<Record<string, string>> {
  const networks = await api.network.listNetworks({ 'router:external': true });
  return Object.fromEntries(networks.map((n) => [n.id, n.name || n.id]));
}
