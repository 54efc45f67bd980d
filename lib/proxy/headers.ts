// Which headers cross the proxy. Anything not listed stays behind: cookies and
// tokens must never travel between the browser and the cloud through us.

const REQUEST_EXACT = new Set([
  'accept',
  'content-type',
  'content-length',
  'content-disposition',
  'range',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
  'destination',
  'openstack-api-version',
  'x-openstack-nova-api-version',
  'x-delete-at',
  'x-delete-after',
  'x-container-read',
  'x-container-write',
  'x-versions-location',
  'x-history-location',
  'x-object-manifest',
  'x-detect-content-type',
  'x-image-meta-checksum',
  // Swift: an upload's MD5, a copy's source, a new container's storage policy.
  'etag',
  'x-copy-from',
  'x-storage-policy',
]);

const REQUEST_PREFIXES = ['x-container-meta-', 'x-object-meta-', 'x-account-meta-', 'x-remove-'];

const RESPONSE_EXACT = new Set([
  'content-type',
  'content-length',
  'content-range',
  'content-disposition',
  'accept-ranges',
  'etag',
  'last-modified',
  'openstack-api-version',
  'x-openstack-nova-api-version',
  'x-openstack-request-id',
  'x-compute-request-id',
  'x-timestamp',
  'x-trans-id',
  'x-delete-at',
  'x-static-large-object',
  'x-object-manifest',
  'x-storage-policy',
]);

const RESPONSE_PREFIXES = ['x-container-', 'x-object-', 'x-account-', 'x-openstack-'];

function allowed(name: string, exact: Set<string>, prefixes: string[]): boolean {
  return exact.has(name) || prefixes.some((p) => name.startsWith(p));
}

export function forwardRequestHeaders(incoming: Headers): Headers {
  const out = new Headers();
  incoming.forEach((value, key) => {
    const name = key.toLowerCase();
    if (allowed(name, REQUEST_EXACT, REQUEST_PREFIXES)) out.set(name, value);
  });
  // fetch would otherwise ask for gzip and decompress, leaving a wrong Content-Length.
  out.set('accept-encoding', 'identity');
  return out;
}

export function forwardResponseHeaders(upstream: Headers): Headers {
  const out = new Headers();
  upstream.forEach((value, key) => {
    const name = key.toLowerCase();
    if (allowed(name, RESPONSE_EXACT, RESPONSE_PREFIXES)) out.set(name, value);
  });
  out.set('cache-control', 'no-store');
  return out;
}
