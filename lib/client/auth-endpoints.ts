// The two next-auth endpoints the signed-in browser needs, called directly (as
// next-auth's own client does) so the dashboard does not ship that client.
const BASE = '/api/auth';

async function csrfToken(): Promise<string> {
  const res = await fetch(`${BASE}/csrf`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`Could not start the request (${res.status}).`);
  const body = (await res.json()) as { csrfToken?: unknown };
  if (typeof body.csrfToken !== 'string') throw new Error('Could not start the request.');
  return body.csrfToken;
}

/** Re-scopes the session on the server (the jwt callback's `update`); the new public session. */
export async function updateSession(data: unknown): Promise<unknown> {
  const res = await fetch(`${BASE}/session`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ csrfToken: await csrfToken(), data }),
  });
  if (!res.ok) return null;
  return res.json();
}

/** Ends the session (the server revokes the token) and goes to `callbackUrl`. */
export async function signOut(callbackUrl: string): Promise<void> {
  const res = await fetch(`${BASE}/signout`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken: await csrfToken(), callbackUrl, json: 'true' }),
  });
  const body = res.ok ? ((await res.json()) as { url?: unknown }) : {};
  // Only a same-origin path: the answer's URL is next-auth's echo of callbackUrl.
  const url = typeof body.url === 'string' ? new URL(body.url, window.location.origin) : null;
  window.location.assign(
    url && url.origin === window.location.origin ? url.pathname + url.search : callbackUrl,
  );
}
