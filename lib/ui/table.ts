// What a table column is: the generic DataTable and the resource definitions
// both speak it, so it lives below them.
import type { ReactNode } from 'react';

export interface DataTableColumn<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  sortValue?: (row: T) => string | number | undefined;
  className?: string;
}
