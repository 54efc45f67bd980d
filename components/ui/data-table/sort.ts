// How two cell sort values compare: numbers by size, text naturally and
// case-insensitively ("web-2" before "web-10"). Missing values and the
// direction are left to the table (missing sorts last when ascending).
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export type SortValue = string | number;

export function compareSortValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}
