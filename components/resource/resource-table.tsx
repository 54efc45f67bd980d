'use client';
// A whole list panel from a resource definition: toolbar, the generic table,
// paging, dialogs, polling of transitional rows.
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { TableFooter } from '@/components/ui/data-table/table-footer';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import { usePagedList } from '@/lib/hooks/use-paged-list';
import { useRowPolling } from '@/lib/hooks/use-row-polling';
import type { ListResult } from '@/lib/openstack/pagination';
import type { CreateAction, ResourceDefinition } from '@/lib/resources/types';
import { CreateActionDialog } from './create-action-dialog';
import { RowActionDialog } from './row-action-dialog';
import { RowActions } from './row-actions';
import { TableToolbar, type AppliedFilter } from './table-toolbar';
import { useLookups } from './use-lookups';
import { useRowAction } from './use-row-action';

export function ResourceTable<T>({ resource }: { resource: ResourceDefinition<T> }) {
  const api = useApi();
  const session = useDashboardSession();
  const ctx = { api, session };
  const [clientFilter, setClientFilter] = useState('');
  const [serverFilter, setServerFilter] = useState<AppliedFilter | null>(null);
  const list = usePagedList(
    resource,
    serverFilter ? { [serverFilter.param]: serverFilter.value } : undefined,
  );
  const lookups = useLookups(resource, list.rows);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [creating, setCreating] = useState<CreateAction | null>(null);

  const rows = useMemo(() => {
    const filter = resource.filter;
    if (!list.rows || !filter || !clientFilter) return list.rows;
    return list.rows.filter((row) => filter.match(row, clientFilter));
  }, [list.rows, resource.filter, clientFilter]);

  const mutateRows = (change: (items: T[]) => T[]) =>
    list.mutate(
      (data: ListResult<T> | undefined) => (data ? { ...data, items: change(data.items) } : data),
      {
        revalidate: false,
      },
    );
  const replaceRow = (row: T) =>
    void mutateRows((items) => items.map((r) => (resource.key(r) === resource.key(row) ? row : r)));
  const dropRows = (keys: Set<string>) => {
    void mutateRows((items) => items.filter((r) => !keys.has(resource.key(r))));
    setSelected((s) => new Set([...s].filter((k) => !keys.has(k))));
  };

  useRowPolling({
    rows: list.rows,
    rowKey: resource.key,
    transitional: resource.transitional,
    get: resource.get ? (key) => resource.get!(api, key) : undefined,
    onUpdate: replaceRow,
    onGone: (key) => dropRows(new Set([key])),
  });

  // After an action, show each row's new state at once; polling takes it from there.
  const rowAction = useRowAction<T>(ctx, (action, done) => {
    if (action.removesRow) {
      dropRows(new Set(done.map(resource.key)));
      void list.mutate();
    } else if (resource.get) {
      for (const row of done) {
        resource.get(api, resource.key(row)).then(replaceRow, () => void list.mutate());
      }
    } else {
      void list.mutate();
    }
  });

  const columns: DataTableColumn<T>[] = resource.columns.map((column) => ({
    ...column,
    cell: column.link
      ? (row: T) => (
          <Link
            href={`${resource.panel.path}/${encodeURIComponent(resource.key(row))}`}
            className="font-medium text-accent hover:underline"
          >
            {column.cell(row, lookups)}
          </Link>
        )
      : (row: T) => column.cell(row, lookups),
  }));

  const selectedRows = (list.rows ?? []).filter((row) => selected.has(resource.key(row)));
  const hasBatch = resource.rowActions.some((a) => a.batch);

  return (
    <div>
      <TableToolbar
        resource={resource}
        clientFilterText={clientFilter}
        onClientFilter={setClientFilter}
        onServerFilter={(filter) => {
          setServerFilter(filter);
          list.firstPage();
        }}
        selectedRows={selectedRows}
        onCreate={setCreating}
        onBatch={(action) => rowAction.start(action, selectedRows)}
      />
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
        emptyMessage={resource.emptyMessage}
        selectable={hasBatch}
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
                  onAction={(action, r) => rowAction.start(action, [r])}
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
        <CreateActionDialog
          action={creating}
          ctx={ctx}
          onClose={() => setCreating(null)}
          onCreated={() => void list.mutate()}
        />
      )}
      {rowAction.pending && (
        <RowActionDialog
          pending={rowAction.pending}
          resource={resource}
          ctx={ctx}
          onClose={rowAction.close}
          onDone={(done) => {
            const action = rowAction.pending?.action;
            if (action?.removesRow) dropRows(new Set(done.map(resource.key)));
            void list.mutate();
          }}
        />
      )}
    </div>
  );
}
