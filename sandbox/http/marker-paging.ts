// Marker paging as the OpenStack services do it (oslo.db paginate_query and its
// cousins): the page starts right after the row the marker names and holds at
// most `limit` rows. Each service keeps its own words for a marker naming no row
// and its own link shapes; this is only the paging.

export interface MarkerPaging<T> {
  /** The marker the client sent, or null for the first page. */
  marker: string | null;
  /** The largest page, or null for every row. */
  limit: number | null;
  /** Whether `row` is the one the marker names. */
  isMarker(row: T, marker: string): boolean;
  /** The service's own error for a marker that names no row; it is thrown. */
  unknownMarker(marker: string): Error;
  /** Where the marker is looked up when wider than the listed rows (Glance, Neutron: before filters). */
  markerRows?: readonly T[];
  /** Checks the marker's row once found, e.g. Glance's visibility; throws the service's error. */
  checkMarker?(row: T, marker: string): void;
  /**
   * The list's order. Given, the page holds the rows after the marker's row in this
   * order, wherever that row is; otherwise the rows after its position in the list.
   */
  compare?(a: T, b: T): number;
  /** Neutron's page_reverse: the rows before the marker, the page ending next to it. */
  reverse?: boolean;
}

function afterMarker<T>(sorted: readonly T[], paging: MarkerPaging<T>, marker: string): T[] {
  const rows = paging.markerRows ?? sorted;
  const row = rows.find((r) => paging.isMarker(r, marker));
  if (row === undefined) throw paging.unknownMarker(marker);
  paging.checkMarker?.(row, marker);
  const { compare } = paging;
  if (compare) {
    return sorted.filter((r) => (paging.reverse ? compare(r, row) < 0 : compare(r, row) > 0));
  }
  // Without an order the marker's row is one of the listed rows (markerRows is for `compare`).
  const index = sorted.indexOf(row);
  if (index < 0) throw paging.unknownMarker(marker);
  return paging.reverse ? sorted.slice(0, index) : sorted.slice(index + 1);
}

/** One page of `sorted` (already in the list's order). */
export function pageByMarker<T>(sorted: readonly T[], paging: MarkerPaging<T>): T[] {
  const rows = paging.marker === null ? [...sorted] : afterMarker(sorted, paging, paging.marker);
  const { limit } = paging;
  if (limit === null) return rows;
  return paging.reverse ? rows.slice(Math.max(0, rows.length - limit)) : rows.slice(0, limit);
}
