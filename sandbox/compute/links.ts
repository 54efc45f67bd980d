// Nova's "next" links (ViewBuilder._get_collection_links / _get_next_link).

/** Python's urllib.parse.quote_plus. */
export function quotePlus(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll('%20', '+');
}

/**
 * The next-page link when the page is full: every query parameter (sorted, the
 * last value winning) with marker set to the last item's key.
 */
export function nextLink(
  collectionUrl: string,
  query: URLSearchParams,
  itemCount: number,
  lastKey: string | undefined,
  maxLimit: number,
): { rel: 'next'; href: string }[] {
  const requested = query.getAll('limit').at(-1);
  const maxItems = Math.min(requested === undefined ? maxLimit : Number(requested), maxLimit);
  if (!maxItems || maxItems !== itemCount || lastKey === undefined) return [];
  const params = new Map<string, string>();
  const sorted = [...query].sort(([ka, va], [kb, vb]) =>
    ka === kb ? (va < vb ? -1 : 1) : ka < kb ? -1 : 1,
  );
  for (const [key, value] of sorted) params.set(key, value);
  params.set('marker', lastKey);
  const qs = [...params].map(([k, v]) => `${quotePlus(k)}=${quotePlus(v)}`).join('&');
  return [{ rel: 'next', href: `${collectionUrl}?${qs}` }];
}
