import type { ServerRecord } from './nova-state';

// os-simple-tenant-usage arithmetic (nova/api/openstack/compute/simple_tenant_usage.py):
// hours of each instance inside the period, and per-project totals.

const HOUR = 3600_000;

/** Instances that ran in [start, stop): launched before stop, not terminated before start. */
export function activeInWindow(
  servers: ServerRecord[],
  start: number,
  stop: number,
): ServerRecord[] {
  return servers
    .filter(
      (s) =>
        s.launchedAt !== null &&
        s.launchedAt < stop &&
        (s.terminatedAt === null || s.terminatedAt > start),
    )
    .sort((a, b) => a.createdAt - b.createdAt || a.instanceNumber - b.instanceNumber);
}

/** _hours_for: the overlap of [launched_at, terminated_at or stop] with the period. */
export function hoursFor(
  server: Pick<ServerRecord, 'launchedAt' | 'terminatedAt'>,
  start: number,
  stop: number,
): number {
  const { launchedAt, terminatedAt } = server;
  if (terminatedAt !== null && terminatedAt < start) return 0;
  if (launchedAt === null || launchedAt > stop) return 0;
  const from = Math.max(launchedAt, start);
  const to = terminatedAt === null ? stop : Math.min(stop, terminatedAt);
  return (to - from) / HOUR;
}

export interface ServerUsage {
  hours: number;
  flavor: string;
  instance_id: string;
  name: string;
  tenant_id: string;
  memory_mb: number;
  local_gb: number;
  vcpus: number;
  started_at: number;
  ended_at: number | null;
  state: string;
  uptime: number;
}

export function serverUsage(
  server: ServerRecord,
  start: number,
  stop: number,
  now: number,
): ServerUsage {
  const startedAt = server.launchedAt ?? server.createdAt;
  const ended = server.terminatedAt;
  return {
    hours: hoursFor(server, start, stop),
    flavor: server.flavor.name,
    instance_id: server.id,
    name: server.name,
    tenant_id: server.projectId,
    memory_mb: server.flavor.ram,
    local_gb: server.flavor.disk + server.flavor.ephemeral,
    vcpus: server.flavor.vcpus,
    started_at: startedAt,
    ended_at: ended,
    state: ended !== null ? 'terminated' : server.state.vmState,
    uptime: Math.trunc(((ended ?? now) - startedAt) / 1000),
  };
}

export interface TenantUsage {
  tenant_id: string;
  server_usages: ServerUsage[];
  total_local_gb_usage: number;
  total_vcpus_usage: number;
  total_memory_mb_usage: number;
  total_hours: number;
}

/** Per-project sums in first-seen order, as Nova's OrderedDict. */
export function tenantUsages(usages: ServerUsage[]): TenantUsage[] {
  const byTenant = new Map<string, TenantUsage>();
  for (const u of usages) {
    let t = byTenant.get(u.tenant_id);
    if (!t) {
      t = {
        tenant_id: u.tenant_id,
        server_usages: [],
        total_local_gb_usage: 0,
        total_vcpus_usage: 0,
        total_memory_mb_usage: 0,
        total_hours: 0,
      };
      byTenant.set(u.tenant_id, t);
    }
    t.total_local_gb_usage += u.local_gb * u.hours;
    t.total_vcpus_usage += u.vcpus * u.hours;
    t.total_memory_mb_usage += u.memory_mb * u.hours;
    t.total_hours += u.hours;
    t.server_usages.push(u);
  }
  return [...byTenant.values()];
}
