'use client';
// The table model behind DataTable, on TanStack Table: the caller's columns as
// TanStack column definitions, sorting (one column, ascending first, never
// removed), and row selection held by the caller as a set of row keys.
import {
  columnSizingFeature,
  createSortedRowModel,
  functionalUpdate,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type Row,
  type RowData,
  type RowSelectionState,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { DataTableColumn } from '@/lib/ui/table';
import { compareSortValues, type SortValue } from './sort';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowSelectionFeature,
  columnSizingFeature,
});

type Features = typeof features;
/** TanStack wants object rows; every caller's rows are objects, DataTable just does not say so. */
type Item<T> = T & RowData;
export type TableRow<T> = Row<Features, Item<T>>;

/** The checkbox/radio column: as narrow as its control. */
export const SELECT_COLUMN_ID = '__select';
const SELECT_COLUMN_SIZE = 36;

const NO_ROWS: never[] = [];

function columnDefs<T>(
  columns: DataTableColumn<T>[],
  selectable: boolean,
): ColumnDef<Features, Item<T>>[] {
  const defs: ColumnDef<Features, Item<T>>[] = columns.map((column) => {
    const { sortValue } = column;
    return {
      id: column.id,
      header: column.header,
      // Only a column with a sort value gets an accessor; TanStack sorts accessor columns only.
      accessorFn: sortValue ? (row: Item<T>) => sortValue(row) : undefined,
      enableSorting: sortValue !== undefined,
      sortFn: (a, b, id) => compareSortValues(a.getValue<SortValue>(id), b.getValue<SortValue>(id)),
      // Missing values after the others when ascending, before them when descending.
      sortUndefined: 1,
    };
  });
  if (selectable)
    defs.unshift({ id: SELECT_COLUMN_ID, header: 'Select', size: SELECT_COLUMN_SIZE });
  return defs;
}

export interface TableModelInput<T> {
  columns: DataTableColumn<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  selectable: boolean;
  single: boolean;
  rowDisabled?: (row: T) => string | undefined;
  selected: ReadonlySet<string>;
  onSelectedChange?: (selected: Set<string>) => void;
}

export function useTableModel<T>({
  columns,
  rows,
  rowKey,
  selectable,
  single,
  rowDisabled,
  selected,
  onSelectedChange,
}: TableModelInput<T>) {
  const defs = useMemo(() => columnDefs(columns, selectable), [columns, selectable]);
  const rowSelection = useMemo(() => {
    const state: RowSelectionState = {};
    for (const key of selected) state[key] = true;
    return state;
  }, [selected]);

  return useTable({
    features,
    columns: defs,
    data: (rows ?? NO_ROWS) as Item<T>[],
    getRowId: (row) => rowKey(row),
    sortDescFirst: false,
    enableSortingRemoval: false,
    enableMultiSort: false,
    enableRowSelection: (row) => !rowDisabled?.(row.original),
    enableMultiRowSelection: !single,
    state: { rowSelection },
    onRowSelectionChange: (updater) => {
      const next = functionalUpdate(updater, rowSelection);
      onSelectedChange?.(new Set(Object.keys(next).filter((key) => next[key])));
    },
  });
}
