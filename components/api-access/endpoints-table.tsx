'use client';
import { Mono } from '@/components/ui/cells';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { EquivalentsPane } from '@/components/ui/equivalents-pane';
import { endpointsEquivalents } from './api-access-equivalents';
import type { ApiEndpoint } from './api-endpoints';

const COLUMNS: DataTableColumn<ApiEndpoint>[] = [
  {
    id: 'service',
    header: 'Service',
    cell: (e) => (
      <span>
        {e.service} <span className="text-muted">({e.type})</span>
      </span>
    ),
    sortValue: (e) => e.service,
  },
  {
    id: 'url',
    header: 'Service Endpoint',
    cell: (e) => <Mono wrap>{e.url}</Mono>,
    sortValue: (e) => e.url,
  },
];

export function EndpointsTable({
  endpoints,
  region,
}: {
  endpoints: ApiEndpoint[];
  region: string;
}) {
  return (
    <div className="space-y-4">
      <DataTable
        label="API Endpoints"
        columns={COLUMNS}
        rows={endpoints}
        rowKey={(e) => `${e.type} ${e.url}`}
        rowLabel={(e) => e.service}
        loading={false}
        emptyMessage={`No service has a public endpoint in region ${region}.`}
      />
      <EquivalentsPane equivalents={endpointsEquivalents(region)} />
    </div>
  );
}
