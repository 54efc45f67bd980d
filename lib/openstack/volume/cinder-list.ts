// Cinder's list parameters (api-ref block-storage v3 "Volumes", "Pagination",
// "Sorting"): limit/marker with <collection>_links, sort=key:dir, filters under
// the API's own names, with_count (3.45).
import { markerFromLinks, type ListResult } from '../pagination';
import type { QueryValue } from '../http';

export interface CinderListQuery {
  limit?: number;
  marker?: string;
  /** Filters under the API's own names, e.g. { status: 'available', bootable: true }. */
  filters?: Record<string, QueryValue>;
  /** Metadata the rows must carry (Cinder's `metadata` filter). */
  metadata?: Record<string, string>;
  sortKey?: string;
  sortDir?: 'asc' | 'desc';
  /** Admins: every project's rows. */
  allProjects?: boolean;
}

export function cinderQuery(query: CinderListQuery): Record<string, QueryValue> {
  const metadata =
    query.metadata && Object.keys(query.metadata).length > 0
      ? JSON.stringify(query.metadata)
      : undefined;
  return {
    ...query.filters,
    metadata,
    all_tenants: query.allProjects ? 1 : undefined,
    limit: query.limit,
    marker: query.marker,
    sort: query.sortKey ? `${query.sortKey}:${query.sortDir ?? 'asc'}` : undefined,
  };
}

export function pageOf<T>(
  items: T[],
  links: { rel: string; href: string }[] | undefined,
): ListResult<T> {
  return { items, next: markerFromLinks(links) };
}
