export type SortDirection = 'asc' | 'desc';
export interface SortState {
  columnId: string;
  direction: SortDirection;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A stable sort of the rows by one column's value. */
export function sortRows<T>(
  rows: T[],
  value: ((row: T) => string | number | undefined) | undefined,
  direction: SortDirection,
): T[] {
  if (!value) return rows;
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((a, b) => {
      let diff: number;
      if (a.key === undefined || b.key === undefined)
        diff = a.key === b.key ? 0 : a.key === undefined ? 1 : -1;
      else if (typeof a.key === 'number' && typeof b.key === 'number') diff = a.key - b.key;
      else diff = collator.compare(String(a.key), String(b.key));
      return diff * sign || a.index - b.index;
    })
    .map((entry) => entry.row);
}

export function nextSort(current: SortState | null, columnId: string): SortState {
  if (current?.columnId !== columnId) return { columnId, direction: 'asc' };
  return { columnId, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
