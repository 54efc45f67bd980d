'use client';
// A whole list panel from a resource definition: toolbar (filter, create and
// batch actions), the generic table, paging, dialogs and polling.
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { TableFooter } from '@/components/ui/data-table/table-footer';
import { FormDialog } from '@/components/ui/form-dialog';
import { useToast } from '@/components/ui/toast';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import { usePagedList } from '@/lib/hooks/use-paged-list';
import { useRowPolling } from '@/lib/hooks/use-row-polling';
import type { ListResult } from '@/lib/openstack/pagination';
import type { CreateAction, ResourceDefinition } from '@/lib/resources/types';
import { RowActionDialog, type PendingRowAction } from './row-action-dialog';
import { RowActions } from './row-actions';

export function ResourceTable<T>({ resource }: { resource: ResourceDefinition<T> }) {
  const api = useApi();
  const session = useDashboardSession();
  const toast = useToast();
  const [filterText, setFilterText] = useState('');
  const [appliedFilter, setAppliedFilter] = useState('');
  const serverParam =
    resource.filter && 'param' in resource.filter ? resource.filter.param : undefined;
  const list = usePagedList(
    resource,
    serverParam && appliedFilter ? { [serverParam]: appliedFilter } : undefined,
  );
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState<CreateAction | null>(null);
  const [pending, setPending] = useState<PendingRowAction<T> | null>(null);
  const ctx = { api, session };

  const rows = useMemo(() => {
    const filter = resource.filter;
    if (!list.rows || !filter || !('match' in filter) || !filterText) return list.rows;
    return list.rows.filter((row) => filter.match(row, filterText));
  }, [list.rows, resource.filter, filterText]);

  const mutateRows = (change: (items: T[]) => T[]) =>
    list.mutate(
      (data: ListResult<T> | undefined) => (data ? { ...data, items: change(data.items) } : data),
      {
        revalidate: false,
      },
    );

  useRowPolling({
    rows: list.rows,
    rowKey: resource.key,
    transitional: resource.transitional,
    get: resource.get ? (key) => resource.get!(api, key) : undefined,
    onUpdate: (row) =>
      void mutateRows((items) =>
        items.map((r) => (resource.key(r) === resource.key(row) ? row : r)),
      ),
    onGone: (key) => void mutateRows((items) => items.filter((r) => resource.key(r) !== key)),
  });

  const columns: DataTableColumn<T>[] = resource.columns.map((column) =>
    column.link
      ? {
          ...column,
          cell: (row: T) => (
            <Link
              href={`${resource.panel.path}/${encodeURIComponent(resource.key(row))}`}
              className="font-medium text-accent hover:underline"
            >
              {column.cell(row)}
            </Link>
          ),
        }
      : column,
  );

  const selectedRows = (list.rows ?? []).filter((row) => selected.has(resource.key(row)));
  const batchActions = resource.rowActions.filter((a) => a.batch);

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setAppliedFilter(filterText);
            list.firstPage();
          }}
          className="flex items-center gap-1.5"
        >
          {resource.filter && (
            <input
              type="search"
              aria-label={resource.filter.label}
              placeholder="Filter"
              value={filterText}
              maxLength={255}
              onChange={(e) => setFilterText(e.target.value)}
              className="h-8 w-56 rounded border border-line-strong bg-surface px-2.5 text-sm"
            />
          )}
        </form>
        <div className="flex flex-wrap items-center gap-1.5">
          {resource.createActions.map((action, index) => (
            <Button
              key={action.id}
              variant={index === 0 ? 'primary' : 'default'}
              onClick={() => setCreating(action)}
            >
              {index === 0 && <span aria-hidden>+</span>}
              {action.label}
            </Button>
          ))}
          {batchActions.map((action) => (
            <Button
              key={action.id}
              variant={action.danger ? 'danger-outline' : 'default'}
              disabled={selectedRows.length === 0}
              onClick={() => setPending({ action, rows: selectedRows })}
            >
              {action.batch?.label ?? action.label}
            </Button>
          ))}
        </div>
      </div>

      <DataTable
        label={resource.panel.title}
        columns={columns}
        rows={rows}
        rowKey={resource.key}
        rowLabel={resource.name}
        loading={list.isLoading || list.isValidating}
        error={
          list.error && !list.data
            ? { message: (list.error as Error).message, retry: () => void list.mutate() }
            : undefined
        }
        selectable={batchActions.length > 0}
        selected={selected}
        onSelectedChange={setSelected}
        rowActions={
          resource.rowActions.length > 0
            ? (row) => (
                <RowActions
                  row={row}
                  rowName={resource.name(row)}
                  actions={resource.rowActions}
                  session={session}
                  onAction={(action, r) => setPending({ action, rows: [r] })}
                />
              )
            : undefined
        }
      />
      <TableFooter
        count={rows?.length}
        pageSize={list.pageSize}
        onPageSize={list.setPageSize}
        hasPrev={list.hasPrev}
        hasNext={list.hasNext}
        onPrev={list.prev}
        onNext={list.next}
        paged={resource.paging === 'server'}
      />

      {creating && (
        <FormDialog
          spec={creating.form}
          open
          onClose={() => setCreating(null)}
          equivalents={creating.equivalents}
          renderResult={creating.renderResult}
          onSubmit={async (input) => {
            try {
              const result = await creating.run(ctx, input);
              toast.notify('success', 'Success', creating.success(input, result));
              void list.mutate();
              return result;
            } catch (error) {
              handleSessionExpiry(error);
              throw error;
            }
          }}
        />
      )}
      {pending && (
        <RowActionDialog
          pending={pending}
          resource={resource}
          ctx={ctx}
          onClose={() => setPending(null)}
          onDone={(done) => {
            if (pending.action.removesRow) {
              const gone = new Set(done.map(resource.key));
              void mutateRows((items) => items.filter((r) => !gone.has(resource.key(r))));
              setSelected((s) => new Set([...s].filter((k) => !gone.has(k))));
            }
            void list.mutate();
          }}
        />
      )}
    </div>
  );
}
