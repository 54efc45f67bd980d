// What every Heat call shares. The catalog endpoint ends in /v1/<project_id>.
import { markerFromLinks, type ListResult } from '../pagination';
import type { OsRequest, QueryValue } from '../http';

export function heat(request: Omit<OsRequest, 'service'>): OsRequest {
  return { service: 'orchestration', ...request };
}

/**
 * A stack as Heat addresses it: /stacks/{stack_name}/{stack_id}. The short forms
 * (/stacks/{name_or_id}) answer 302 to it, which the transports do not follow.
 */
export interface StackRef {
  name: string;
  id: string;
}

export function stackPath(stack: StackRef, rest = ''): string {
  return `/stacks/${encodeURIComponent(stack.name)}/${encodeURIComponent(stack.id)}${rest}`;
}

export interface HeatListQuery {
  limit?: number;
  marker?: string;
  sortKeys?: string;
  sortDir?: 'asc' | 'desc';
  /** Filters under Heat's own names (name, status, action, tags, …). */
  filters?: Record<string, QueryValue>;
}

export function heatQuery(query: HeatListQuery): Record<string, QueryValue> {
  return {
    ...query.filters,
    limit: query.limit,
    marker: query.marker,
    sort_keys: query.sortKeys,
    sort_dir: query.sortDir,
  };
}

/**
 * Heat's stack list carries a `next` link; its event list carries none, so a
 * full page is taken to mean there may be more, continuing after its last row.
 */
export function heatPage<T extends { id: string }>(
  items: T[],
  limit: number | undefined,
  links?: { rel: string; href: string }[] | null,
): ListResult<T> {
  const next =
    markerFromLinks(links ?? undefined) ??
    (limit !== undefined && items.length >= limit && items.length > 0
      ? items[items.length - 1]!.id
      : undefined);
  return { items, next };
}
