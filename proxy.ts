// Request guard (Next 16 calls this file proxy.ts; it was middleware.ts). It uses
// next-auth v4's JWT decoding rather than `withAuth`, because withAuth cannot tell
// an expired Keystone token (show "Your session has expired.") from no session.
// It also sets every page's Content-Security-Policy (lib/csp.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/csp';
import { loginUrl, sessionState } from '@/lib/session-cookie';

function withCsp(response: NextResponse): NextResponse {
  response.headers.set('Content-Security-Policy', contentSecurityPolicy());
  return response;
}

export async function proxy(req: NextRequest) {
  if (req.nextUrl.pathname === '/login') return withCsp(NextResponse.next());
  const state = await sessionState(req.cookies);
  const path = `${req.nextUrl.pathname}${req.nextUrl.search}`;
  if (state.status === 'ok') {
    const headers = new Headers(req.headers);
    headers.set('x-dashboard-path', path);
    return withCsp(NextResponse.next({ request: { headers } }));
  }
  const reason = state.status === 'expired' ? 'expired' : undefined;
  // Next turns a same-origin redirect from here into a relative Location.
  return withCsp(NextResponse.redirect(new URL(loginUrl(reason, path), req.url)));
}

export const config = {
  // Pages only: API routes check the session themselves.
  matcher: ['/((?!api/|_next/|favicon\\.ico|.*\\.(?:png|svg|ico|txt)$).*)'],
};
