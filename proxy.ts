// Request guard (Next 16 calls this file proxy.ts; it was middleware.ts). It uses
// next-auth v4's JWT decoding rather than `withAuth`, because withAuth cannot tell
// an expired Keystone token (show "Your session has expired.") from no session.
// It also sets every page's Content-Security-Policy (lib/csp.ts), and
// Strict-Transport-Security when served over https (lib/transport-security.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from '@/lib/csp';
import { loginUrl, sessionState } from '@/lib/session-cookie';
import { hstsHeader } from '@/lib/transport-security';

export async function proxy(req: NextRequest) {
  const csp = contentSecurityPolicy(newNonce());
  // The page renderer reads the nonce from the request's own CSP header.
  const forward = (extra: Record<string, string> = {}): NextResponse => {
    const headers = new Headers(req.headers);
    headers.set('Content-Security-Policy', csp);
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    return NextResponse.next({ request: { headers } });
  };
  const withCsp = (response: NextResponse): NextResponse => {
    response.headers.set('Content-Security-Policy', csp);
    const hsts = hstsHeader(req.headers.get('x-forwarded-proto'));
    if (hsts) response.headers.set('Strict-Transport-Security', hsts);
    return response;
  };
  if (req.nextUrl.pathname === '/login') return withCsp(forward());
  const state = await sessionState(req.cookies);
  const path = `${req.nextUrl.pathname}${req.nextUrl.search}`;
  if (state.status === 'ok') return withCsp(forward({ 'x-dashboard-path': path }));
  const reason = state.status === 'expired' ? 'expired' : undefined;
  // Next turns a same-origin redirect from here into a relative Location.
  return withCsp(NextResponse.redirect(new URL(loginUrl(reason, path), req.url)));
}

export const config = {
  // Pages only: API routes check the session themselves.
  matcher: ['/((?!api/|_next/|favicon\\.ico|.*\\.(?:png|svg|ico|txt)$).*)'],
};
