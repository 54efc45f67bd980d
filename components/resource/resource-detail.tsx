'use client';
// A detail page from a resource definition: the row's fields and its actions.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import useSWR from 'swr';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { useInvalidateLists } from '@/lib/hooks/use-paged-list';
import { OpenStackError } from '@/lib/openstack/errors';
import type { ResourceDefinition } from '@/lib/resources/types';
import { RowActionDialog, type PendingRowAction } from './row-action-dialog';
import { RowActions } from './row-actions';

export function ResourceDetail<T extends object>({
  resource,
  id,
}: {
  resource: ResourceDefinition<T>;
  id: string;
}) {
  const api = useApi();
  const session = useDashboardSession();
  const router = useRouter();
  const scopeKey = useScopeKey();
  const invalidateLists = useInvalidateLists();
  const [pending, setPending] = useState<PendingRowAction<T> | null>(null);
  const { data, error, mutate } = useSWR(
    resource.get ? [`detail:${resource.panel.id}:${scopeKey}`, id] : null,
    () => resource.get!(api, id),
    { refreshInterval: (row) => (row && resource.transitional?.(row) ? 3000 : 0) },
  );
  const panel = resource.panel;
  const crumbs = [
    { label: panel.dashboard },
    { label: panel.group },
    { label: panel.title, href: panel.path },
    { label: data ? resource.name(data) : id },
  ];

  return (
    <>
      <PageHeader title={data ? resource.name(data) : id} crumbs={crumbs}>
        {data && (
          <RowActions
            row={data}
            rowName={resource.name(data)}
            actions={resource.rowActions}
            session={session}
            onAction={(action, row) => setPending({ action, rows: [row] })}
          />
        )}
      </PageHeader>
      {error ? (
        <Alert
          tone="error"
          title={
            error instanceof OpenStackError && error.status === 404
              ? `${resource.singular} not found`
              : 'Unable to retrieve details.'
          }
        >
          {(error as Error).message}
        </Alert>
      ) : (
        <section aria-label="Overview" className="rounded border border-line bg-surface">
          <h2 className="border-b border-line px-4 py-2 text-sm font-semibold">Overview</h2>
          <dl className="grid grid-cols-[minmax(8rem,12rem)_1fr] gap-x-4 gap-y-2 px-4 py-3 text-sm">
            {resource.detail?.fields.map((field) => (
              <div key={field.label} className="contents">
                <dt className="font-medium text-muted">{field.label}</dt>
                <dd className="min-w-0">
                  {data ? (
                    field.value(data)
                  ) : (
                    <span className="inline-block h-3 w-40 animate-pulse rounded bg-hover" />
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {pending && (
        <RowActionDialog
          pending={pending}
          resource={resource}
          ctx={{ api, session }}
          onClose={() => setPending(null)}
          onDone={() => {
            void invalidateLists(panel.id);
            if (pending.action.removesRow) router.push(panel.path);
            else void mutate();
          }}
        />
      )}
    </>
  );
}
