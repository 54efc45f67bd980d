'use client';
import useSWR from 'swr';
import { Mono, orDash } from '@/components/ui/cells';
import { DataTable } from '@/components/ui/data-table/data-table';
import { useApi } from '@/lib/hooks/use-api';
import type { InstanceAction, Server } from '@/lib/openstack/compute/server-schemas';

export function InstanceActionLog({ server }: { server: Server }) {
  const api = useApi();
  const { data, error, mutate } = useSWR(['instance-actions', server.id], () =>
    api.compute.listInstanceActions(server.id),
  );
  return (
    <DataTable<InstanceAction>
      label="Action Log"
      rows={data}
      loading={!data && !error}
      error={error ? { message: (error as Error).message, retry: () => void mutate() } : undefined}
      rowKey={(a) => a.request_id}
      rowLabel={(a) => a.action}
      emptyMessage="No actions recorded yet."
      columns={[
        {
          id: 'request',
          header: 'Request ID',
          cell: (a) => <Mono>{a.request_id}</Mono>,
        },
        { id: 'action', header: 'Action', cell: (a) => a.action, sortValue: (a) => a.action },
        {
          id: 'start',
          header: 'Start Time',
          cell: (a) => a.start_time,
          sortValue: (a) => a.start_time,
        },
        {
          id: 'user',
          header: 'User ID',
          cell: (a) => <Mono>{orDash(a.user_id)}</Mono>,
        },
        { id: 'message', header: 'Message', cell: (a) => orDash(a.message) },
      ]}
    />
  );
}
