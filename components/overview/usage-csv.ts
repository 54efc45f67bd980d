// "Download CSV Summary": the same figures as the page, built in the browser,
// laid out like Horizon's usage.csv so existing spreadsheets keep working.
import type { TenantUsage } from '@/lib/openstack/compute/quota-schemas';
import { activeServers, hours, summarizeUsage } from './usage-summary-data';
import type { UsagePeriod } from './usage-period';

/** RFC 4180 quoting; a leading = + - @ is defused so no spreadsheet runs it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const row = (cells: (string | number)[]) => cells.map(csvCell).join(',');

function capitalise(text: string): string {
  return text ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;
}

export function usageCsv(
  usage: TenantUsage,
  period: UsagePeriod,
  project: { id: string; name: string },
): string {
  const s = summarizeUsage(usage);
  const lines = [
    row(['Usage Report For Period:', period.start, '/', period.end]),
    row(['Project ID:', project.id]),
    row(['Project Name:', project.name]),
    row(['Total Active Instances:', s.activeInstances]),
    row(['Total Active VCPUs:', s.activeVcpus]),
    row(['CPU-HRs Used:', hours(s.vcpuHours)]),
    row(['Total Active RAM (MB):', s.activeRamMb]),
    row(['Total Disk Size:', s.activeDiskGb]),
    row(['Total Disk Usage:', hours(s.diskGbHours)]),
    row(['RAM-HRs Used (MB-Hours):', hours(s.ramMbHours)]),
    '',
    row([
      'Name',
      'VCPUs',
      'RAM (MB)',
      'Disk (GB)',
      'Usage (Hours)',
      'Time since created (Seconds)',
      'State',
    ]),
    ...activeServers(usage).map((srv) =>
      row([
        srv.name,
        srv.vcpus,
        srv.memory_mb,
        srv.local_gb,
        hours(srv.hours),
        srv.uptime ?? 0,
        capitalise(srv.state),
      ]),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

export function usageCsvFilename(project: string, period: UsagePeriod): string {
  const safe = project.replace(/[^A-Za-z0-9_.-]+/g, '_') || 'project';
  return `${safe}_usage_${period.start}_${period.end}.csv`;
}
