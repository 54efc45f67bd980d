// Figures of the Overview's "Usage Summary", as Horizon derives them from
// os-simple-tenant-usage: "active" means not ended within the period.
import type { TenantUsage } from '@/lib/openstack/compute/quota-schemas';

export type ServerUsage = NonNullable<TenantUsage['server_usages']>[number];

export interface UsageSummary {
  activeInstances: number;
  activeVcpus: number;
  activeRamMb: number;
  activeDiskGb: number;
  vcpuHours: number;
  diskGbHours: number;
  ramMbHours: number;
}

export function activeServers(usage: TenantUsage): ServerUsage[] {
  return (usage.server_usages ?? []).filter((s) => !s.ended_at);
}

export function summarizeUsage(usage: TenantUsage): UsageSummary {
  const active = activeServers(usage);
  const sum = (pick: (s: ServerUsage) => number) => active.reduce((n, s) => n + pick(s), 0);
  return {
    activeInstances: active.length,
    activeVcpus: sum((s) => s.vcpus),
    activeRamMb: sum((s) => s.memory_mb),
    activeDiskGb: sum((s) => s.local_gb),
    vcpuHours: usage.total_vcpus_usage ?? 0,
    diskGbHours: usage.total_local_gb_usage ?? 0,
    ramMbHours: usage.total_memory_mb_usage ?? 0,
  };
}

export function hours(value: number): string {
  return value.toFixed(2);
}
