// Request guard (Next 16 calls this file proxy.ts; it was middleware.ts). It uses
// next-auth v4's JWT decoding rather than `withAuth`, because withAuth cannot tell
// an expired Keystone token (show "Your session has expired.") from no session.
import { NextResponse, type NextRequest } from 'next/server';
import { loginUrl, sessionState } from '@/lib/session-cookie';

export async function proxy(req: NextRequest) {
  const state = await sessionState(req.cookies);
  const path = `${req.nextUrl.pathname}${req.nextUrl.search}`;
  if (state.status === 'ok') {
    const headers = new Headers(req.headers);
    headers.set('x-dashboard-path', path);
    return NextResponse.next({ request: { headers } });
  }
  const reason = state.status === 'expired' ? 'expired' : undefined;
  // Next turns a same-origin redirect from here into a relative Location.
  return NextResponse.redirect(new URL(loginUrl(reason, path), req.url));
}

export const config = {
  // Pages only: API routes check the session themselves, login must stay reachable.
  matcher: ['/((?!api/|_next/|login|favicon\\.ico|.*\\.(?:png|svg|ico|txt)$).*)'],
};
