// Neutron's list paging (api-ref network v2 "Pagination", "Filtering", "Sorting"):
// limit/marker with <collection>_links, filters as the API's own query parameters.
import { z } from 'zod';
import { markerFromLinks, type ListResult } from '../pagination';
import type { QueryValue } from '../http';

export interface NeutronListQuery {
  limit?: number;
  marker?: string;
  /** Filters under the API's own names, e.g. { network_id: id, 'router:external': true }. */
  filters?: Record<string, QueryValue | QueryValue[]>;
  sortKey?: string;
  sortDir?: 'asc' | 'desc';
}

export const linksSchema = z.array(z.object({ rel: z.string(), href: z.string() })).optional();

export function neutronQuery(query: NeutronListQuery): Record<string, QueryValue | QueryValue[]> {
  return {
    ...query.filters,
    limit: query.limit,
    marker: query.marker,
    sort_key: query.sortKey,
    sort_dir: query.sortKey ? (query.sortDir ?? 'asc') : undefined,
  };
}

export function pageOf<T>(
  items: T[],
  links: { rel: string; href: string }[] | undefined,
): ListResult<T> {
  return { items, next: markerFromLinks(links) };
}
