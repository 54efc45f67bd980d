// Python's urllib.parse.quote, quote_plus and urlencode, which Glance and Neutron use to
// build their paging links and Swift to name what it could not delete.

/** urllib.parse.quote(value) with its default safe '/'. */
export function quote(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll('%2F', '/');
}

export function quotePlus(value: string): string {
  return encodeURIComponent(value)
    .replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll('%20', '+');
}

export function urlencode(pairs: Iterable<readonly [string, string]>): string {
  return [...pairs].map(([k, v]) => `${quotePlus(k)}=${quotePlus(v)}`).join('&');
}

/** dict(webob MultiDict): keys in first-seen order, each with its last value. */
export function lastValues(pairs: Iterable<readonly [string, string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [k, v] of pairs) map.set(k, v);
  return map;
}
