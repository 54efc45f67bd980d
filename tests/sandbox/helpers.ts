import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../sandbox/server';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary response bodies

export async function start(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, quiet: true, ...opts });
}

export interface TokenRequest {
  user: string;
  password: string;
  scope?: unknown;
  query?: string;
}

export function passwordAuth(user: string, password: string, scope?: unknown): Json {
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: { user: { name: user, domain: { name: 'Default' }, password } },
      },
      ...(scope === undefined ? {} : { scope }),
    },
  };
}

export function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function issue(authUrl: string, req: TokenRequest): Promise<Response> {
  return post(
    `${authUrl}/auth/tokens${req.query ?? ''}`,
    passwordAuth(req.user, req.password, req.scope),
  );
}

/** A token for user/password, scoped to `project` (by name) or to the default project. */
export async function login(
  authUrl: string,
  user: string,
  password = user,
  project?: string,
): Promise<string> {
  const scope =
    project === undefined ? undefined : { project: { name: project, domain: { name: 'Default' } } };
  const res = await issue(authUrl, { user, password, scope });
  if (res.status !== 201)
    throw new Error(`login ${user} failed: ${res.status} ${await res.text()}`);
  return res.headers.get('x-subject-token') ?? '';
}

export async function get(
  url: string,
  token?: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, { headers: { ...(token ? { 'X-Auth-Token': token } : {}), ...headers } });
}

export async function json(res: Response): Promise<Json> {
  return (await res.json()) as Json;
}

export const UNAUTHORIZED = {
  error: {
    code: 401,
    title: 'Unauthorized',
    message: 'The request you have made requires authentication.',
  },
};

/** Reads until `ok` holds or 10 s pass; returns the last read, for the test to assert on. */
export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}
