// Reads the encrypted session cookie on the server. Three layers check it (the
// request guard in proxy.ts, the dashboard layout, every route handler): each
// calls into this file.
import { safeReturnPath } from './safe-return-path';
import { decodeSession } from './session-decode-cache';
import { dashboardTokenSchema, isExpired, type DashboardToken } from './session-token';
import { servedOverHttps } from './transport-security';

interface CookieReader {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
}

export function sessionCookieName(): string {
  // The name next-auth gives the cookie when useSecureCookies is on (lib/auth.ts).
  return servedOverHttps() ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
}

/** Reassemble next-auth's (possibly chunked) session cookie. */
function rawSessionCookie(store: CookieReader): string | undefined {
  const name = sessionCookieName();
  const chunks = store
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .map((c) => ({ index: Number(c.name.slice(name.length + 1)), value: c.value }))
    .filter((c) => Number.isInteger(c.index))
    .sort((a, b) => a.index - b.index);
  if (chunks.length > 0) return chunks.map((c) => c.value).join('');
  return store.get(name)?.value;
}

export async function readDashboardToken(store: CookieReader): Promise<DashboardToken | null> {
  const raw = rawSessionCookie(store);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!raw || !secret) return null;
  try {
    const payload = await decodeSession(raw, secret);
    const parsed = dashboardTokenSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type SessionState =
  | { status: 'ok'; token: DashboardToken }
  | { status: 'expired'; token: DashboardToken }
  | { status: 'none' };

export async function sessionState(store: CookieReader): Promise<SessionState> {
  const token = await readDashboardToken(store);
  if (!token) return { status: 'none' };
  return isExpired(token) ? { status: 'expired', token } : { status: 'ok', token };
}

export function loginUrl(reason: 'expired' | undefined, returnTo: string | undefined): string {
  const params = new URLSearchParams();
  if (reason) params.set('reason', reason);
  const path = safeReturnPath(returnTo);
  if (path !== '/') params.set('callbackUrl', path);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}
