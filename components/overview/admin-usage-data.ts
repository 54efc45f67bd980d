// Admin → Overview: one row per project from os-simple-tenant-usage (detailed),
// with Horizon's figures: the active servers' VCPUs, disk and RAM, and the period's hours.
import type { TenantUsage } from '@/lib/openstack/compute/quota-schemas';
import { csvCell } from './usage-csv';
import { hours, summarizeUsage } from './usage-summary-data';
import type { UsagePeriod } from './usage-period';

export interface ProjectUsageRow {
  projectId: string;
  projectName: string;
  vcpus: number;
  diskGb: number;
  ramMb: number;
  vcpuHours: number;
  diskGbHours: number;
  ramMbHours: number;
}

export function projectUsageRows(
  usages: TenantUsage[],
  names: Record<string, string>,
): ProjectUsageRow[] {
  return usages
    .map((usage) => {
      const s = summarizeUsage(usage);
      const projectId = usage.tenant_id ?? '';
      return {
        projectId,
        projectName: names[projectId] ?? projectId,
        vcpus: s.activeVcpus,
        diskGb: s.activeDiskGb,
        ramMb: s.activeRamMb,
        vcpuHours: s.vcpuHours,
        diskGbHours: s.diskGbHours,
        ramMbHours: s.ramMbHours,
      };
    })
    .sort((a, b) => a.projectName.localeCompare(b.projectName));
}

const line = (cells: (string | number)[]) => cells.map(csvCell).join(',');

export function projectUsagesCsv(rows: ProjectUsageRow[], period: UsagePeriod): string {
  const lines = [
    line(['Usage Report For Period:', period.start, '/', period.end]),
    line(['Active Projects:', rows.length]),
    line(['Total VCPU Usage (Hours):', hours(rows.reduce((n, r) => n + r.vcpuHours, 0))]),
    line(['Total Disk Usage (GB-Hours):', hours(rows.reduce((n, r) => n + r.diskGbHours, 0))]),
    line(['Total RAM Usage (MB-Hours):', hours(rows.reduce((n, r) => n + r.ramMbHours, 0))]),
    '',
    line([
      'Project Name',
      'Project ID',
      'VCPUs',
      'Disk (GB)',
      'RAM (MB)',
      'VCPU Hours',
      'Disk GB Hours',
      'Memory MB Hours',
    ]),
    ...rows.map((r) =>
      line([
        r.projectName,
        r.projectId,
        r.vcpus,
        r.diskGb,
        r.ramMb,
        hours(r.vcpuHours),
        hours(r.diskGbHours),
        hours(r.ramMbHours),
      ]),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function projectUsagesCsvFilename(period: UsagePeriod): string {
  return `global_usage_${period.start}_${period.end}.csv`;
}
