'use client';
// Admin → Overview: the usage of every project over a period, as Horizon's
// "Usage Summary" of the Admin dashboard, with its CSV built in the browser.
import { useState } from 'react';
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { formatGigabytes, formatMegabytes } from '@/lib/format/size';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import {
  projectUsageRows,
  projectUsagesCsv,
  projectUsagesCsvFilename,
  type ProjectUsageRow,
} from './admin-usage-data';
import { downloadText } from './download-csv';
import { defaultPeriod, usageQuery, type UsagePeriod } from './usage-period';
import { UsagePeriodForm } from './usage-period-form';
import { hours } from './usage-summary-data';

const COLUMNS: DataTableColumn<ProjectUsageRow>[] = [
  {
    id: 'project',
    header: 'Project Name',
    cell: (r) => r.projectName,
    sortValue: (r) => r.projectName,
  },
  { id: 'vcpus', header: 'VCPUs', cell: (r) => r.vcpus, sortValue: (r) => r.vcpus },
  {
    id: 'disk',
    header: 'Disk',
    cell: (r) => formatGigabytes(r.diskGb),
    sortValue: (r) => r.diskGb,
  },
  { id: 'ram', header: 'RAM', cell: (r) => formatMegabytes(r.ramMb), sortValue: (r) => r.ramMb },
  {
    id: 'vcpu-hours',
    header: 'VCPU Hours',
    cell: (r) => hours(r.vcpuHours),
    sortValue: (r) => r.vcpuHours,
  },
  {
    id: 'disk-hours',
    header: 'Disk GB Hours',
    cell: (r) => hours(r.diskGbHours),
    sortValue: (r) => r.diskGbHours,
  },
  {
    id: 'ram-hours',
    header: 'Memory MB Hours',
    cell: (r) => hours(r.ramMbHours),
    sortValue: (r) => r.ramMbHours,
  },
];

export function AdminOverview() {
  const api = useApi();
  const scopeKey = useScopeKey();
  const [period, setPeriod] = useState<UsagePeriod>(() => defaultPeriod());
  const { data, error, isValidating, mutate } = useSWR(
    ['admin-overview:usages', scopeKey, period.start, period.end],
    async () => {
      const { start, end } = usageQuery(period);
      const [usages, projects] = await Promise.all([
        api.compute.listProjectUsages(start, end),
        api.identity.listProjects(),
      ]);
      return projectUsageRows(usages, Object.fromEntries(projects.map((p) => [p.id, p.name])));
    },
    { keepPreviousData: true, revalidateOnFocus: false },
  );
  const failure = error && !data ? (error as Error).message : undefined;

  return (
    <section aria-labelledby="usage-summary" className="rounded border border-line bg-surface p-4">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="usage-summary" className="text-base font-semibold">
          Usage Summary
        </h2>
        <Button
          disabled={!data}
          onClick={() =>
            data && downloadText(projectUsagesCsvFilename(period), projectUsagesCsv(data, period))
          }
        >
          Download CSV Summary
        </Button>
      </div>
      <UsagePeriodForm period={period} onSubmit={setPeriod} />
      {failure && (
        <div className="mt-3">
          <Alert tone="error" title="Unable to retrieve usage information.">
            {failure}
          </Alert>
        </div>
      )}
      <div className="mt-4">
        <DataTable
          label="Usage"
          columns={COLUMNS}
          rows={data}
          rowKey={(r) => r.projectId}
          rowLabel={(r) => r.projectName}
          loading={isValidating}
          error={failure ? { message: failure, retry: () => void mutate() } : undefined}
          emptyMessage="No project used any instance in this period."
          skeletonRows={3}
        />
      </div>
    </section>
  );
}
