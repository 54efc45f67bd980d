'use client';
// The instances of the usage period still running at its end, as in Horizon.
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { formatDuration, formatGigabytes, formatMegabytes } from '@/lib/format/size';
import type { ServerUsage } from './usage-summary-data';

const COLUMNS: DataTableColumn<ServerUsage>[] = [
  { id: 'name', header: 'Instance Name', cell: (s) => s.name, sortValue: (s) => s.name },
  { id: 'vcpus', header: 'VCPUs', cell: (s) => s.vcpus, sortValue: (s) => s.vcpus },
  {
    id: 'disk',
    header: 'Disk',
    cell: (s) => formatGigabytes(s.local_gb),
    sortValue: (s) => s.local_gb,
  },
  {
    id: 'ram',
    header: 'RAM',
    cell: (s) => formatMegabytes(s.memory_mb),
    sortValue: (s) => s.memory_mb,
  },
  {
    id: 'uptime',
    header: 'Time since created',
    cell: (s) => formatDuration(s.uptime ?? 0),
    sortValue: (s) => s.uptime ?? 0,
  },
];

export function UsageTable({
  rows,
  loading,
  error,
}: {
  rows: ServerUsage[] | undefined;
  loading: boolean;
  error?: { message: string; retry: () => void };
}) {
  return (
    <DataTable
      label="Usage"
      columns={COLUMNS}
      rows={rows}
      rowKey={(s) => s.instance_id}
      rowLabel={(s) => s.name}
      loading={loading}
      error={error}
      emptyMessage="No instances were active in this period."
      skeletonRows={3}
    />
  );
}
