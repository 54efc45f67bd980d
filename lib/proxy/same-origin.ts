// Mutations through the proxy must come from this site's own pages: the Origin
// header (always sent by browsers on POST/PUT/PATCH/DELETE) must be ours.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isMutation(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

function ownOrigins(headers: Headers, requestUrl: string): Set<string> {
  const origins = new Set<string>([new URL(requestUrl).origin]);
  const configured = process.env.NEXTAUTH_URL;
  if (configured) origins.add(new URL(configured).origin);
  const host = headers.get('host');
  if (host) {
    const proto =
      headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ??
      new URL(requestUrl).protocol.replace(':', '');
    origins.add(`${proto}://${host}`);
  }
  return origins;
}

/** null when the request may proceed, otherwise the reason it may not. */
export function crossOriginRefusal(
  method: string,
  headers: Headers,
  requestUrl: string,
): string | null {
  if (!isMutation(method)) return null;
  if (headers.get('sec-fetch-site') === 'cross-site') return 'Cross-site request refused.';
  const origin = headers.get('origin');
  if (!origin)
    return 'Request refused: a change must come from the dashboard itself (no Origin header).';
  if (!ownOrigins(headers, requestUrl).has(origin))
    return `Cross-origin request from ${origin} refused.`;
  return null;
}
