// OpenStack lists page with `limit` and `marker`; `*_links` carry the next page.

export interface ListQuery {
  limit?: number;
  marker?: string;
  /** Server-side filters, already mapped to the API's query parameter names. */
  filters?: Record<string, string>;
}

export interface ListResult<T> {
  items: T[];
  /** Marker for the next page, when the API says there is one. */
  next?: string;
  /** Rows shown before the page, outside its paging (another project's shared networks). */
  pinned?: T[];
}

export function markerFromLinks(
  links: { href: string; rel: string }[] | undefined,
): string | undefined {
  const next = links?.find((l) => l.rel === 'next');
  if (!next) return undefined;
  try {
    return new URL(next.href, 'http://placeholder').searchParams.get('marker') ?? undefined;
  } catch {
    return undefined;
  }
}
