import type { ServerRecord } from './nova-state';
import type { ComputeRegionState } from '../state';

// Nova's quota arithmetic (nova/compute/utils.py check_num_instances_quota with the
// DB quota driver): usage counted from live records, limits from defaults or
// per-project overrides, -1 meaning unlimited.

/** Zed's [quota] defaults, in the order nova.quota.QUOTAS lists its resources. */
export const DEFAULT_QUOTAS: Record<string, number> = {
  cores: 20,
  fixed_ips: -1,
  floating_ips: -1,
  injected_file_content_bytes: 10240,
  injected_file_path_bytes: 255,
  injected_files: 5,
  instances: 10,
  key_pairs: 100,
  metadata_items: 128,
  ram: 51200,
  security_group_rules: -1,
  security_groups: -1,
  server_group_members: 10,
  server_groups: 10,
};

/** Shown before 2.36 only (network quotas proxied from Neutron). */
export const NETWORK_QUOTAS = [
  'fixed_ips',
  'floating_ips',
  'security_group_rules',
  'security_groups',
];
/** Gone from 2.57 (personality was removed). */
export const FILE_QUOTAS = [
  'injected_files',
  'injected_file_content_bytes',
  'injected_file_path_bytes',
];

export function projectLimits(
  region: ComputeRegionState,
  projectId: string,
): Record<string, number> {
  const limits = { ...DEFAULT_QUOTAS };
  for (const q of region.quotaLimits) if (q.projectId === projectId) limits[q.resource] = q.limit;
  return limits;
}

/** Servers that still hold quota: not deleted (a server being deleted still counts). */
export function liveServers(region: ComputeRegionState, projectId: string): ServerRecord[] {
  return region.servers.filter((s) => s.projectId === projectId && s.deletedAt === null);
}

export function projectUsage(
  region: ComputeRegionState,
  projectId: string,
  userId: string,
): Record<string, number> {
  const servers = liveServers(region, projectId);
  return {
    instances: servers.length,
    cores: servers.reduce((n, s) => n + s.flavor.vcpus, 0),
    ram: servers.reduce((n, s) => n + s.flavor.ram, 0),
    key_pairs: region.keypairs.filter((k) => k.userId === userId).length,
    server_groups: region.serverGroups.filter((g) => g.projectId === projectId).length,
    metadata_items: 0,
    server_group_members: 0,
  };
}

export type InstanceQuota = { ok: true; count: number } | { ok: false; message: string };

interface Sizing {
  vcpus: number;
  ram: number;
}

/**
 * How many of min..max instances of `flavor` fit, or Nova's TooManyInstances text.
 * Like Nova, a request that cannot get max_count retries with what is left when
 * that still meets min_count.
 */
export function checkInstanceQuota(
  limits: Record<string, number>,
  usage: Record<string, number>,
  flavor: Sizing,
  minCount: number,
  maxCount: number,
): InstanceQuota {
  const deltas: Record<string, number> = {
    instances: maxCount,
    cores: maxCount * flavor.vcpus,
    ram: maxCount * flavor.ram,
  };
  const overs = Object.keys(deltas)
    .filter((r) => (limits[r] ?? -1) >= 0 && (usage[r] ?? 0) + (deltas[r] ?? 0) > (limits[r] ?? -1))
    .sort();
  if (overs.length === 0) return { ok: true, count: maxCount };

  const headroom: Record<string, number> = {};
  for (const r of Object.keys(deltas)) headroom[r] = (limits[r] ?? -1) - (usage[r] ?? 0);
  const instancesRoom = headroom.instances ?? 1;
  if (limits.cores === -1) headroom.cores = (instancesRoom * (deltas.cores ?? 0)) / maxCount;
  if (limits.ram === -1) headroom.ram = (instancesRoom * (deltas.ram ?? 0)) / maxCount;
  let allowed = instancesRoom;
  if (flavor.vcpus) allowed = Math.min(allowed, Math.floor((headroom.cores ?? 0) / flavor.vcpus));
  if (flavor.ram) allowed = Math.min(allowed, Math.floor((headroom.ram ?? 0) / flavor.ram));
  if (allowed > 0 && minCount <= allowed && allowed <= maxCount) {
    return checkInstanceQuota(limits, usage, flavor, minCount, allowed);
  }
  const requested: Record<string, string> = {
    instances: minCount === maxCount ? String(minCount) : `${minCount}-${maxCount}`,
    cores: String(deltas.cores),
    ram: String(deltas.ram),
  };
  const list = (f: (r: string) => string) => overs.map(f).join(', ');
  const names = overs.join(', ');
  return {
    ok: false,
    message:
      `Quota exceeded for ${names}: Requested ${list((r) => requested[r] ?? '')}, ` +
      `but already used ${list((r) => String((limits[r] ?? 0) - (headroom[r] ?? 0)))} ` +
      `of ${list((r) => String(limits[r]))} ${names}`,
  };
}
