// Redirects with a relative Location: behind proxies and on 127.0.0.1 vs
// localhost, the request URL the server sees may name another host than the
// browser used, and the session cookie belongs to the browser's host.
export function relativeRedirect(location: string, status: 302 | 303 | 307 = 307): Response {
  return new Response(null, {
    status,
    headers: { Location: location, 'Cache-Control': 'no-store' },
  });
}
