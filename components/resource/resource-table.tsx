'use client';
// A whole list panel from a resource definition: toolbar, the generic table,
// paging, dialogs, polling of transitional rows.
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { TableFooter } from '@/components/ui/data-table/table-footer';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession } from '@/lib/hooks/use-dashboard-session';
import type { ListResult } from '@/lib/openstack/pagination';
import type { InitialList } from '@/lib/resources/list-page';
import type { CreateAction, ResourceDefinition } from '@/lib/resources/types';
import { LazyCreateActionDialog, LazyRowActionDialog } from './action-dialogs-lazy';
import { ListViews } from './list-views';
import { RowActions } from './row-actions';
import { TableToolbar, type AppliedFilter } from './table-toolbar';
import { useLookups } from './use-lookups';
import { usePagedList } from './use-paged-list';
import { useRowAction } from './use-row-action';
import { useRowPolling } from './use-row-polling';

/** How long a row is re-polled after an action even when it looks settled. */
const WATCH_MS = 30_000;

export function ResourceTable<T>({
  resource,
  initial,
  openCreate,
  onCreateClose,
  onChange,
}: {
  resource: ResourceDefinition<T>;
  /** The first page, when the server rendered it. */
  initial?: InitialList<T>;
  /** A create action opened at once (a link such as Instances' `?launch=`). */
  openCreate?: string;
  /** Called whenever a create dialog closes. */
  onCreateClose?: () => void;
  /** Called after a create or row action succeeded (a parent showing totals refreshes them). */
  onChange?: () => void;
}) {
  const api = useApi();
  const session = useDashboardSession();
  const ctx = { api, session };
  const [clientFilter, setClientFilter] = useState('');
  const [serverFilter, setServerFilter] = useState<AppliedFilter | null>(null);
  const [view, setView] = useState(resource.views?.[0]);
  const viewFilters = view?.filters(session) ?? {};
  const filters = {
    ...viewFilters,
    ...(serverFilter ? { [serverFilter.param]: serverFilter.value } : {}),
  };
  const list = usePagedList(
    resource,
    Object.keys(filters).length > 0 ? filters : undefined,
    initial,
  );
  const lookups = useLookups(resource, list.rows, initial);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const createById = (id: string | undefined) =>
    resource.createActions.find((a) => a.id === id) ?? null;
  const [creating, setCreating] = useState<CreateAction | null>(() => createById(openCreate));
  // A new link while the list is on screen (same page, other query) opens it too.
  const [openedFor, setOpenedFor] = useState(openCreate);
  if (openCreate !== openedFor) {
    setOpenedFor(openCreate);
    if (openCreate) setCreating(createById(openCreate));
  }

  const rows = useMemo(() => {
    const filter = resource.filter;
    if (!list.rows || !filter || !clientFilter) return list.rows;
    return list.rows.filter((row) => filter.match(row, clientFilter));
  }, [list.rows, resource.filter, clientFilter]);

  // While a page is being fetched, leave its cache alone: SWR drops a fetch that
  // a mutation overtook, and the fresh page brings the rows' new state anyway.
  const fetching = useRef(false);
  useEffect(() => {
    fetching.current = list.isValidating;
  });
  const mutateRows = (change: (items: T[]) => T[]) => {
    if (fetching.current) return;
    void list.mutate(
      (data: ListResult<T> | undefined) => (data ? { ...data, items: change(data.items) } : data),
      { revalidate: false },
    );
  };
  const replaceRow = (row: T) =>
    mutateRows((items) => items.map((r) => (resource.key(r) === resource.key(row) ? row : r)));
  const dropRows = (keys: Set<string>) => {
    mutateRows((items) => items.filter((r) => !keys.has(resource.key(r))));
    setSelected((s) => new Set([...s].filter((k) => !keys.has(k))));
  };

  // Rows an action was just run on are watched for a while even if they look
  // settled: the cloud may change them a moment later (confirm resize, lock…).
  const [watched, setWatched] = useState<Map<string, number>>(new Map());
  const watch = (rows: T[]) =>
    setWatched((current) => {
      const next = new Map(current);
      for (const row of rows) next.set(resource.key(row), Date.now() + WATCH_MS);
      return next;
    });
  const transitional =
    resource.get && (resource.transitional || watched.size > 0)
      ? (row: T) =>
          Boolean(resource.transitional?.(row)) ||
          (watched.get(resource.key(row)) ?? 0) > Date.now()
      : undefined;

  useRowPolling({
    rows: list.rows,
    rowKey: resource.key,
    transitional,
    get: resource.get ? (key) => resource.get!(api, key) : undefined,
    onUpdate: replaceRow,
    onGone: (key) => dropRows(new Set([key])),
    refreshAll: () => list.mutate(),
  });

  // After an action, show each row's new state at once; polling takes it from there.
  const afterAction = (removed: boolean | undefined, done: T[]) => {
    onChange?.();
    if (removed) {
      dropRows(new Set(done.map(resource.key)));
      void list.mutate();
    } else if (resource.get) {
      watch(done);
      for (const row of done) {
        resource.get(api, resource.key(row)).then(replaceRow, () => void list.mutate());
      }
    } else {
      void list.mutate();
    }
  };
  const rowAction = useRowAction<T>(ctx, (action, done) => afterAction(action.removesRow, done));

  const columns: DataTableColumn<T>[] = resource.columns.map((column) => ({
    ...column,
    cell: column.link
      ? (row: T) => (
          <span className="inline-flex items-center gap-1">
            <Link
              href={`${resource.panel.path}/${encodeURIComponent(resource.key(row))}`}
              className="font-medium text-accent hover:underline"
            >
              {column.cell(row, lookups)}
            </Link>
            {column.suffix?.(row)}
          </span>
        )
      : (row: T) => (
          <>
            {column.cell(row, lookups)}
            {column.suffix?.(row)}
          </>
        ),
  }));

  const selectedRows = (list.rows ?? []).filter((row) => selected.has(resource.key(row)));
  const hasBatch = resource.rowActions.some((a) => a.batch);

  return (
    <div>
      {resource.views && view && (
        <ListViews
          label={`${resource.panel.title} to show`}
          views={resource.views}
          current={view}
          onChange={(next) => {
            setView(next);
            setSelected(new Set());
            list.firstPage();
          }}
        />
      )}
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
          list.error
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
        <LazyCreateActionDialog
          action={creating}
          ctx={ctx}
          onClose={() => {
            setCreating(null);
            onCreateClose?.();
          }}
          onCreated={() => {
            void list.mutate();
            onChange?.();
          }}
        />
      )}
      {rowAction.pending && (
        <LazyRowActionDialog
          pending={rowAction.pending}
          resource={resource}
          ctx={ctx}
          onClose={rowAction.close}
          onDone={(done) => afterAction(rowAction.pending?.action.removesRow, done)}
        />
      )}
    </div>
  );
}
