'use client';
// A detail page from a resource definition: the row's fields, its tabs and its
// actions. A row in a transitional state is re-read until it settles.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import useSWR from 'swr';
import { PageHeader } from '@/components/shell/page-header';
import { Alert } from '@/components/ui/alert';
import { Tabs } from '@/components/ui/tabs';
import { backoffDelay } from '@/lib/hooks/backoff';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { OpenStackError } from '@/lib/openstack/errors';
import type { ResourceDefinition } from '@/lib/resources/types';
import { LazyRowActionDialog } from './action-dialogs-lazy';
import { RowActions } from './row-actions';
import { useInvalidateLists } from './use-paged-list';
import { useRowAction } from './use-row-action';

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
  const [polls, setPolls] = useState(0);
  const { data, error, mutate } = useSWR(
    resource.get ? [`detail:${resource.panel.id}:${scopeKey}`, id] : null,
    () => resource.get!(api, id),
    {
      refreshInterval: (row) => (row && resource.transitional?.(row) ? backoffDelay(polls) : 0),
      onSuccess: (row) => setPolls((n) => (resource.transitional?.(row) ? n + 1 : 0)),
    },
  );
  const panel = resource.panel;
  const rowAction = useRowAction<T>({ api, session }, (action) => onDone(action.removesRow));

  function onDone(removed: boolean | undefined) {
    void invalidateLists(panel.id);
    if (removed) router.push(panel.path);
    else void mutate();
  }

  const crumbs = [
    { label: panel.dashboard },
    { label: panel.group },
    { label: panel.title, href: panel.path },
    { label: data ? resource.name(data) : id },
  ];
  const notFound = error instanceof OpenStackError && error.status === 404;

  const overview = (
    <section aria-label="Overview" className="rounded border border-line bg-surface">
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
  );
  const tabs = resource.detail?.tabs ?? [];

  return (
    <>
      <PageHeader title={data ? resource.name(data) : id} crumbs={crumbs}>
        {data && (
          <RowActions
            row={data}
            rowName={resource.name(data)}
            actions={resource.rowActions}
            session={session}
            onAction={(action, row) => rowAction.start(action, [row])}
          />
        )}
      </PageHeader>
      {error ? (
        <Alert
          tone="error"
          title={notFound ? `${resource.singular} not found` : 'Unable to retrieve details.'}
        >
          {(error as Error).message}
        </Alert>
      ) : tabs.length > 0 ? (
        <Tabs
          label={`${resource.singular} details`}
          tabs={[
            { id: 'overview', label: 'Overview', content: overview },
            ...tabs.map((tab) => ({
              id: tab.id,
              label: tab.label,
              content: data ? tab.render(data) : null,
            })),
          ]}
        />
      ) : (
        overview
      )}
      {rowAction.pending && (
        <LazyRowActionDialog
          pending={rowAction.pending}
          resource={resource}
          ctx={{ api, session }}
          onClose={rowAction.close}
          onDone={() => onDone(rowAction.pending?.action.removesRow)}
        />
      )}
    </>
  );
}
