'use client';
// The generic table: sorting, selection, loading/empty/error states and
// Horizon's "Displaying N items". What to show comes from the caller.
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { DataTableColumn } from '@/lib/ui/table';
import { nextSort, sortRows, type SortState } from './sort';
import { Alert } from '../alert';
import { Button } from '../button';

export type { DataTableColumn };

export interface DataTableProps<T> {
  label: string;
  columns: DataTableColumn<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  rowLabel: (row: T) => string;
  loading: boolean;
  error?: { message: string; retry: () => void };
  selectable?: boolean;
  /** 'single': one row at a time, with radio buttons (a picker, as in Launch Instance). */
  selectionMode?: 'multiple' | 'single';
  /** Why a row cannot be selected; shown in the row and read out with its control. */
  rowDisabled?: (row: T) => string | undefined;
  selected?: ReadonlySet<string>;
  onSelectedChange?: (selected: Set<string>) => void;
  rowActions?: (row: T) => ReactNode;
  emptyMessage?: string;
  skeletonRows?: number;
}

export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  rowLabel,
  loading,
  error,
  selectable = false,
  selectionMode = 'multiple',
  rowDisabled,
  selected = new Set(),
  onSelectedChange,
  rowActions,
  emptyMessage = 'No items to display.',
  skeletonRows = 5,
}: DataTableProps<T>) {
  const [sort, setSort] = useState<SortState | null>(null);
  const tableId = useId();
  const single = selectionMode === 'single';
  const sorted = useMemo(() => {
    if (!rows || !sort) return rows;
    const column = columns.find((c) => c.id === sort.columnId);
    return sortRows(rows, column?.sortValue, sort.direction);
  }, [rows, sort, columns]);

  const keys = sorted?.filter((row) => !rowDisabled?.(row)).map(rowKey) ?? [];
  const allSelected = keys.length > 0 && keys.every((k) => selected.has(k));
  const someSelected = keys.some((k) => selected.has(k));
  const span = columns.length + (selectable ? 1 : 0) + (rowActions ? 1 : 0);

  function toggle(key: string) {
    if (single) {
      onSelectedChange?.(new Set([key]));
      return;
    }
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onSelectedChange?.(next);
  }

  return (
    <div className="overflow-x-auto rounded border border-line bg-surface">
      <table
        aria-label={label}
        aria-busy={loading || undefined}
        className="w-full border-collapse text-[13px]"
      >
        <thead className="bg-subtle text-left text-xs font-semibold text-muted">
          <tr className="border-b border-line">
            {selectable && (
              <th scope="col" className="w-9 px-3 py-2">
                {single ? (
                  <span className="sr-only">Select</span>
                ) : (
                  <input
                    type="checkbox"
                    aria-label="Select all rows"
                    checked={allSelected}
                    ref={(el) => {
                      if (el) el.indeterminate = someSelected && !allSelected;
                    }}
                    onChange={() => onSelectedChange?.(allSelected ? new Set() : new Set(keys))}
                    disabled={keys.length === 0}
                    className="size-3.5 accent-accent"
                  />
                )}
              </th>
            )}
            {columns.map((column) => {
              const active = sort?.columnId === column.id;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={
                    active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                  className={`px-2.5 py-2 whitespace-nowrap ${column.className ?? ''}`}
                >
                  {column.sortValue ? (
                    <button
                      type="button"
                      onClick={() => setSort((s) => nextSort(s, column.id))}
                      className="inline-flex items-center gap-1 hover:text-fg"
                    >
                      {column.header}
                      <span aria-hidden className={active ? 'text-fg' : 'opacity-40'}>
                        {active && sort.direction === 'desc' ? '▾' : '▴'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
            {rowActions && (
              <th scope="col" className="w-px px-3 py-2 text-right">
                Actions
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {error ? (
            <tr>
              <td colSpan={span} className="px-3 py-4">
                <div className="flex items-start gap-3">
                  <div className="flex-1">
                    <Alert tone="error" title="Unable to retrieve the list.">
                      {error.message}
                    </Alert>
                  </div>
                  <Button size="sm" onClick={error.retry}>
                    Retry
                  </Button>
                </div>
              </td>
            </tr>
          ) : !sorted ? (
            Array.from({ length: skeletonRows }, (_, i) => (
              <tr key={i} className="h-10 border-b border-line last:border-0">
                <td colSpan={span} className="px-3">
                  <span className="block h-3 w-2/3 animate-pulse rounded bg-hover" />
                </td>
              </tr>
            ))
          ) : sorted.length === 0 ? (
            <tr className="h-10">
              <td colSpan={span} className="px-3 text-center text-muted">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            sorted.map((row, rowIndex) => {
              const key = rowKey(row);
              const isSelected = selected.has(key);
              const reason = rowDisabled?.(row);
              const reasonId = `${tableId}-${rowIndex}-reason`;
              return (
                <tr
                  key={key}
                  aria-selected={selectable ? isSelected : undefined}
                  aria-disabled={reason ? true : undefined}
                  className={`h-10 border-b border-line last:border-0 hover:bg-hover/60 ${isSelected ? 'bg-accent-soft/60' : ''} ${reason ? 'text-muted' : ''}`}
                >
                  {selectable && (
                    <td className="px-3">
                      <input
                        type={single ? 'radio' : 'checkbox'}
                        name={single ? tableId : undefined}
                        aria-label={`Select ${rowLabel(row)}`}
                        aria-describedby={reason ? reasonId : undefined}
                        checked={isSelected}
                        disabled={reason !== undefined}
                        onChange={() => toggle(key)}
                        className="size-3.5 accent-accent"
                      />
                    </td>
                  )}
                  {columns.map((column, index) => (
                    <td
                      key={column.id}
                      className={`px-2.5 py-1.5 align-middle ${column.className ?? ''}`}
                    >
                      {column.cell(row)}
                      {index === 0 && reason && (
                        <span id={reasonId} className="block text-xs text-warn-fg">
                          {reason}
                        </span>
                      )}
                    </td>
                  ))}
                  {rowActions && (
                    <td className="px-3 py-1.5 text-right whitespace-nowrap">{rowActions(row)}</td>
                  )}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
