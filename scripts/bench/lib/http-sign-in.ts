// Signs in to a running dashboard over plain HTTP, the way the login form does
// (next-auth's CSRF token, then the Keystone credentials callback), and returns
// the session cookie a browser would hold. Used where a browser per user would be
// too heavy (the load benchmark signs in 50 users).

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
}

export async function signInOverHttp(
  url: string,
  username: string,
  password: string,
  cloud?: string,
): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({
    csrfToken,
    username,
    password,
    domain: 'Default',
    ...(cloud ? { cloud } : {}),
    json: 'true',
  });
  const response = await fetch(`${url}/api/auth/callback/keystone`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookiesOf(csrf).join('; '),
      origin: url,
    },
    body: form,
  });
  const session = cookiesOf(response).filter((c) => /session-token(\.\d+)?=./.test(c));
  if (session.length === 0)
    throw new Error(`sign-in of ${username} gave no session cookie (${response.status})`);
  return session.join('; ');
}
