// Builds the upstream URL for a proxied request. The endpoint always comes from
// the Keystone catalog; the user-supplied part may only add path below it.

export class UnsafePathError extends Error {
  constructor(reason: string) {
    super(`Refused path: ${reason}`);
    this.name = 'UnsafePathError';
  }
}

// Encoded dots, slashes and backslashes only ever appear in traversal tricks here.
const ENCODED_TRICKS = /%(2e|2f|5c|00)/i;

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Check a raw (still percent-encoded) path below a service endpoint. */
export function assertSafeRawPath(rawPath: string): void {
  if (rawPath.includes('\\')) throw new UnsafePathError('backslash');
  if (ENCODED_TRICKS.test(rawPath)) throw new UnsafePathError('encoded separator or dot');
  if (/^[a-z][a-z0-9+.-]*:/i.test(rawPath)) throw new UnsafePathError('scheme');
  const segments = rawPath.split('/');
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '' && !last) throw new UnsafePathError('empty segment');
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new UnsafePathError('malformed encoding');
    }
    if (decoded === '.' || decoded === '..') throw new UnsafePathError('dot segment');
    if (CONTROL.test(decoded)) throw new UnsafePathError('control character');
  });
}

/**
 * endpoint: catalog URL (may carry a path such as /v2.1 or /v1/AUTH_x);
 * rawPath: the part after /api/os/<service>/, percent-encoded as received;
 * search: the raw query string including '?', or ''.
 */
export function buildUpstreamUrl(endpoint: string, rawPath: string, search: string): URL {
  assertSafeRawPath(rawPath);
  const base = new URL(endpoint);
  const basePath = base.pathname.replace(/\/+$/, '');
  const target = new URL(`${base.origin}${basePath}/${rawPath}${search}`);
  if (target.origin !== base.origin) throw new UnsafePathError('other host');
  if (target.pathname !== basePath && !target.pathname.startsWith(`${basePath}/`)) {
    throw new UnsafePathError('outside the endpoint');
  }
  return target;
}
