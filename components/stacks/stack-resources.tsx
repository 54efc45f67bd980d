'use client';
// The Resources tab of a stack: each resource with its type, status and a link
// to the real resource's page where the dashboard has a panel for it.
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Mono } from '@/components/ui/cells';
import { Spinner } from '@/components/ui/spinner';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Stack } from '@/lib/openstack/orchestration/heat-schemas';
import { resourceHref } from './resource-links';
import { statusLabel } from './stack-status';
import { useStackResources } from './use-stack-resources';

export function StackResources({ stack }: { stack: Stack }) {
  const { data, error } = useStackResources(stack);
  if (error)
    return (
      <Alert tone="error" title="Unable to retrieve the stack's resources.">
        {(error as Error).message}
      </Alert>
    );
  if (!data)
    return (
      <p className="text-sm text-muted">
        <Spinner label="Loading" /> Loading resources…
      </p>
    );
  if (data.length === 0)
    return (
      <p className="rounded border border-line bg-surface px-4 py-3 text-sm text-muted">
        This stack has no resources.
      </p>
    );
  return (
    <section aria-label="Resources" className="rounded border border-line bg-surface">
      <table className="w-full text-sm">
        <thead className="text-left text-muted">
          <tr>
            <th className="px-4 py-2 font-medium">Stack Resource</th>
            <th className="px-4 py-2 font-medium">Resource</th>
            <th className="px-4 py-2 font-medium">Stack Resource Type</th>
            <th className="px-4 py-2 font-medium">Date Updated</th>
            <th className="px-4 py-2 font-medium">Status</th>
            <th className="px-4 py-2 font-medium">Status Reason</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {data.map((r) => {
            const href = r.physical_resource_id
              ? resourceHref(r.resource_type, r.physical_resource_id)
              : undefined;
            return (
              <tr key={r.resource_name}>
                <td className="px-4 py-2">{r.resource_name}</td>
                <td className="px-4 py-2">
                  {href ? (
                    <Link className="text-accent underline" href={href}>
                      <Mono>{r.physical_resource_id}</Mono>
                    </Link>
                  ) : (
                    <Mono>{r.physical_resource_id || '-'}</Mono>
                  )}
                </td>
                <td className="px-4 py-2">{r.resource_type}</td>
                <td className="px-4 py-2">{r.updated_time ?? r.creation_time ?? '-'}</td>
                <td className="px-4 py-2">
                  <StatusBadge status={r.resource_status} label={statusLabel(r.resource_status)} />
                </td>
                <td className="px-4 py-2">{r.resource_status_reason || '-'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
