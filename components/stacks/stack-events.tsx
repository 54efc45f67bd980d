'use client';
// The Events tab of a stack: newest first, polled while the stack is in progress.
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Mono } from '@/components/ui/cells';
import { Spinner } from '@/components/ui/spinner';
import { StatusBadge } from '@/components/ui/status-badge';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Stack } from '@/lib/openstack/orchestration/heat-schemas';
import { isBusy, statusLabel } from './stack-status';

const PAGE = 100;

export function StackEvents({ stack }: { stack: Stack }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data, error } = useSWR(
    ['stack-events', scopeKey, stack.id, stack.stack_status],
    () =>
      api.orchestration.listStackEvents(
        { name: stack.stack_name, id: stack.id },
        { sortDir: 'desc', sortKeys: 'event_time', limit: PAGE },
      ),
    { refreshInterval: isBusy(stack.stack_status) ? 2000 : 0 },
  );
  if (error)
    return (
      <Alert tone="error" title="Unable to retrieve the stack's events.">
        {(error as Error).message}
      </Alert>
    );
  if (!data)
    return (
      <p className="text-sm text-muted">
        <Spinner label="Loading" /> Loading events…
      </p>
    );
  if (data.items.length === 0)
    return (
      <p className="rounded border border-line bg-surface px-4 py-3 text-sm text-muted">
        This stack has no events yet.
      </p>
    );
  return (
    <section aria-label="Events" className="rounded border border-line bg-surface">
      <table className="w-full text-sm">
        <thead className="text-left text-muted">
          <tr>
            <th className="px-4 py-2 font-medium">Stack Resource</th>
            <th className="px-4 py-2 font-medium">Resource</th>
            <th className="px-4 py-2 font-medium">Time Since Event</th>
            <th className="px-4 py-2 font-medium">Status</th>
            <th className="px-4 py-2 font-medium">Status Reason</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {data.items.map((e) => (
            <tr key={e.id}>
              <td className="px-4 py-2">{e.resource_name}</td>
              <td className="px-4 py-2">
                <Mono>{e.physical_resource_id || '-'}</Mono>
              </td>
              <td className="px-4 py-2">{e.event_time}</td>
              <td className="px-4 py-2">
                <StatusBadge status={e.resource_status} label={statusLabel(e.resource_status)} />
              </td>
              <td className="px-4 py-2">{e.resource_status_reason || '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.next && (
        <p className="px-4 py-2 text-xs text-muted">The newest {PAGE} events are shown.</p>
      )}
    </section>
  );
}
