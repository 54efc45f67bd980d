import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { loginUrl, sessionState } from './session-cookie';
import type { DashboardToken } from './session-token';

/**
 * For server components and layouts: the session, or a redirect to the login
 * page. Read once per request, however many layouts and pages ask.
 */
export const requireSession = cache(async (): Promise<DashboardToken> => {
  const state = await sessionState(await cookies());
  if (state.status === 'ok') return state.token;
  // proxy.ts passes the page's path along so the user comes back to it.
  const returnTo = (await headers()).get('x-dashboard-path') ?? undefined;
  redirect(loginUrl(state.status === 'expired' ? 'expired' : undefined, returnTo));
});
