// The Overview's "Limit Summary": which quota each chart shows, from which
// service, and how its figures read. Nova: os-quota-sets detail; Cinder:
// os-quota-sets?usage=True; Neutron: quotas details.
import { formatCount, formatGigabytes, formatMegabytes } from '@/lib/format/size';
import type { QuotaUsage } from '@/lib/openstack/quota-usage';

export type QuotaService = 'compute' | 'volumev3' | 'network';

export interface QuotaChart {
  id: string;
  label: string;
  /** The resource's key in the service's quota answer. */
  key: string;
  unit: 'count' | 'mb' | 'gb';
  /** Horizon says "Allocated" for floating IPs, "Used" for the rest. */
  verb: 'Used' | 'Allocated';
}

export interface QuotaGroup {
  service: QuotaService;
  title: string;
  charts: QuotaChart[];
}

const chart = (
  id: string,
  label: string,
  key: string,
  unit: QuotaChart['unit'] = 'count',
  verb: QuotaChart['verb'] = 'Used',
): QuotaChart => ({ id, label, key, unit, verb });

export const QUOTA_GROUPS: QuotaGroup[] = [
  {
    service: 'compute',
    title: 'Compute',
    charts: [
      chart('instances', 'Instances', 'instances'),
      chart('vcpus', 'VCPUs', 'cores'),
      chart('ram', 'RAM', 'ram', 'mb'),
    ],
  },
  {
    service: 'volumev3',
    title: 'Volume',
    charts: [
      chart('volumes', 'Volumes', 'volumes'),
      chart('snapshots', 'Volume Snapshots', 'snapshots'),
      chart('gigabytes', 'Volume Storage', 'gigabytes', 'gb'),
    ],
  },
  {
    service: 'network',
    title: 'Network',
    charts: [
      chart('floating-ips', 'Floating IPs', 'floatingip', 'count', 'Allocated'),
      chart('security-groups', 'Security Groups', 'security_group'),
      chart('security-group-rules', 'Security Group Rules', 'security_group_rule'),
      chart('networks', 'Networks', 'network'),
      chart('ports', 'Ports', 'port'),
      chart('routers', 'Routers', 'router'),
    ],
  },
];

export type QuotaLevel = 'ok' | 'warn' | 'bad' | 'unlimited';

/** Calm until 80 %, a warning from there, full (nothing more can be made) at 100 %. */
export function quotaLevel(usage: QuotaUsage): QuotaLevel {
  if (usage.limit < 0) return 'unlimited';
  if (usage.limit === 0 || usage.inUse >= usage.limit) return 'bad';
  return usage.inUse / usage.limit >= 0.8 ? 'warn' : 'ok';
}

/** The share of the quota used, 0-1 (1 when full or over; 0 when unlimited). */
export function quotaFraction(usage: QuotaUsage): number {
  if (usage.limit < 0) return 0;
  if (usage.limit === 0) return 1;
  return Math.min(1, Math.max(0, usage.inUse / usage.limit));
}

export function formatQuantity(value: number, unit: QuotaChart['unit']): string {
  if (unit === 'mb') return formatMegabytes(value);
  if (unit === 'gb') return formatGigabytes(value);
  return formatCount(value);
}

/** "Used 3 of 10", "Used 512 MB of 50 GB", "Used 4 (No Limit)". */
export function usageText(chart: QuotaChart, usage: QuotaUsage): string {
  const used = `${chart.verb} ${formatQuantity(usage.inUse, chart.unit)}`;
  return usage.limit < 0
    ? `${used} (No Limit)`
    : `${used} of ${formatQuantity(usage.limit, chart.unit)}`;
}
