import { MAX_LIMIT } from './limits';
import { nextLink } from './links';
import { pageByMarker } from '../http/marker-paging';
import type { ComputeCall } from './call';

// Nova's limit/marker paging (common.limited_by_marker / paginate_query) with its
// "<collection>_links" next link.

export interface NovaPaging<T> {
  /** The collection's URL, the next link's base. */
  collection: string;
  /** The value a marker holds for `row` (id, name, request id). */
  keyOf(row: T): string;
  /** Nova's words for an unknown marker differ by API. */
  unknownMarker(marker: string): Error;
  /** Given, rows follow the marker's row in this order (key pairs, by name). */
  compare?(a: T, b: T): number;
  /** How a marker names a row, when not by equal key. */
  isMarker?(row: T, marker: string): boolean;
}

/** The page the request asks for (last `limit` and `marker` win), and its next link. */
export function novaPage<T>(
  call: Pick<ComputeCall, 'req'>,
  sorted: readonly T[],
  paging: NovaPaging<T>,
): { items: T[]; links: { rel: 'next'; href: string }[] } {
  const query = call.req.query;
  const limitParam = query.getAll('limit').at(-1);
  const items = pageByMarker(sorted, {
    marker: query.getAll('marker').at(-1) ?? null,
    limit: Math.min(MAX_LIMIT, limitParam === undefined ? MAX_LIMIT : Number(limitParam)),
    isMarker: paging.isMarker ?? ((row, marker) => paging.keyOf(row) === marker),
    unknownMarker: paging.unknownMarker,
    compare: paging.compare,
  });
  const last = items.at(-1);
  const lastKey = last === undefined ? undefined : paging.keyOf(last);
  return { items, links: nextLink(paging.collection, query, items.length, lastKey, MAX_LIMIT) };
}
