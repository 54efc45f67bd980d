'use client';
// The generic table: sorting, selection, loading/empty/error states. What to
// show comes from the caller; the model (sorting, selection, sizes) is
// TanStack Table's (table-model.ts). Wide tables scroll inside their own box.
import { useId, useMemo, type ReactNode } from 'react';
import type { DataTableColumn } from '@/lib/ui/table';
import { EmptyRow, ErrorRow, ROW_HEIGHT, SkeletonRows } from './body-states';
import { SELECT_COLUMN_ID, useTableModel, type TableRow } from './table-model';

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

const NOTHING_SELECTED: ReadonlySet<string> = new Set();

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
  selected = NOTHING_SELECTED,
  onSelectedChange,
  rowActions,
  emptyMessage = 'No items to display.',
  skeletonRows = 5,
}: DataTableProps<T>) {
  const tableId = useId();
  const single = selectionMode === 'single';
  const table = useTableModel({
    columns,
    rows,
    rowKey,
    selectable,
    single,
    rowDisabled,
    selected,
    onSelectedChange,
  });
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);

  const bodyRows = table.getRowModel().rows;
  const selectableRows = bodyRows.filter((row) => row.getCanSelect());
  const allSelected = selectableRows.length > 0 && selectableRows.every((r) => r.getIsSelected());
  const someSelected = selectableRows.some((r) => r.getIsSelected());
  const span = columns.length + (selectable ? 1 : 0) + (rowActions ? 1 : 0);

  function renderRow(row: TableRow<T>, rowIndex: number) {
    const isSelected = row.getIsSelected();
    const reason = rowDisabled?.(row.original);
    const reasonId = `${tableId}-${rowIndex}-reason`;
    const dataCells = row.getAllCells().filter((cell) => cell.column.id !== SELECT_COLUMN_ID);
    return (
      <tr
        key={row.id}
        aria-selected={selectable ? isSelected : undefined}
        aria-disabled={reason ? true : undefined}
        className={`${ROW_HEIGHT} border-b border-line last:border-0 hover:bg-hover/60 ${isSelected ? 'bg-accent-soft/60' : ''} ${reason ? 'text-muted' : ''}`}
      >
        {selectable && (
          <td className="px-3">
            <input
              type={single ? 'radio' : 'checkbox'}
              name={single ? tableId : undefined}
              aria-label={`Select ${rowLabel(row.original)}`}
              aria-describedby={reason ? reasonId : undefined}
              checked={isSelected}
              disabled={!row.getCanSelect()}
              onChange={row.getToggleSelectedHandler()}
              className="size-3.5 accent-accent"
            />
          </td>
        )}
        {dataCells.map((cell, index) => {
          const column = byId.get(cell.column.id);
          return (
            <td key={cell.id} className={`px-2.5 py-1.5 align-middle ${column?.className ?? ''}`}>
              {column?.cell(row.original)}
              {index === 0 && reason && (
                <span id={reasonId} className="block text-xs text-warn-fg">
                  {reason}
                </span>
              )}
            </td>
          );
        })}
        {rowActions && (
          <td className="px-3 py-1.5 text-right whitespace-nowrap">{rowActions(row.original)}</td>
        )}
      </tr>
    );
  }

  return (
    <div className="overflow-x-auto rounded border border-line bg-surface">
      <table
        aria-label={label}
        aria-busy={loading || undefined}
        className="w-full border-collapse text-[13px]"
      >
        <thead className="bg-subtle text-left text-xs font-semibold text-muted">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-line">
              {group.headers.map((header) => {
                const { column } = header;
                if (column.id === SELECT_COLUMN_ID)
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      style={{ width: header.getSize() }}
                      className="px-3 py-2"
                    >
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
                          onChange={() =>
                            table.toggleAllRowsSelected(!allSelected, { deselectAll: true })
                          }
                          disabled={selectableRows.length === 0}
                          className="size-3.5 accent-accent"
                        />
                      )}
                    </th>
                  );
                const sorted = column.getIsSorted();
                const title = byId.get(column.id)?.header;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
                    className={`px-2.5 py-2 whitespace-nowrap ${byId.get(column.id)?.className ?? ''}`}
                  >
                    {column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={() => column.toggleSorting()}
                        className="inline-flex items-center gap-1 hover:text-fg"
                      >
                        {title}
                        <span aria-hidden className={sorted ? 'text-fg' : 'opacity-40'}>
                          {sorted === 'desc' ? '▾' : '▴'}
                        </span>
                      </button>
                    ) : (
                      title
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
          ))}
        </thead>
        <tbody>
          {error ? (
            <ErrorRow span={span} error={error} />
          ) : !rows ? (
            <SkeletonRows
              count={skeletonRows}
              columns={columns.length}
              selectable={selectable}
              actions={rowActions !== undefined}
            />
          ) : bodyRows.length === 0 ? (
            <EmptyRow span={span} message={emptyMessage} />
          ) : (
            bodyRows.map(renderRow)
          )}
        </tbody>
      </table>
    </div>
  );
}
