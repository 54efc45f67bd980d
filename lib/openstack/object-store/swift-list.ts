// Swift's listings page by name: `marker` (after), `end_marker` (before), `limit`
// (at most 10,000 by default). A full page means there may be more.
import type { QueryValue } from '../http';
import type { ListResult } from '../pagination';

export const SWIFT_LISTING_LIMIT = 10_000;

export interface SwiftListQuery {
  prefix?: string;
  marker?: string;
  endMarker?: string;
  /** 1 to 10,000; Swift's own default is 10,000. */
  limit?: number;
  reverse?: boolean;
}

export function swiftQuery(
  query: SwiftListQuery,
  extra: Record<string, QueryValue> = {},
): Record<string, QueryValue> {
  return {
    format: 'json',
    prefix: query.prefix,
    marker: query.marker,
    end_marker: query.endMarker,
    limit: query.limit,
    reverse: query.reverse ? 'true' : undefined,
    ...extra,
  };
}

/** The page, with the marker of the next one when this one came back full. */
export function swiftPage<T>(items: T[], key: (item: T) => string, limit?: number): ListResult<T> {
  const full = items.length > 0 && items.length >= (limit ?? SWIFT_LISTING_LIMIT);
  const last = items[items.length - 1];
  return { items, next: full && last !== undefined ? key(last) : undefined };
}

/** Every page, marker after marker, until one comes back short. */
export async function allPages<T>(
  page: (marker: string | undefined) => Promise<ListResult<T>>,
): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    const result = await page(marker);
    items.push(...result.items);
    marker = result.next;
  } while (marker !== undefined);
  return items;
}
