// Starts a sandbox cloud in-process and signs in to it the way the dashboard
// does, giving tests a real session cookie.
import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { getClouds } from '@/lib/config';
import { login } from '@/lib/keystone-login';
import type { DashboardToken } from '@/lib/session-token';
import { startSandbox } from '@/sandbox/server';

export const TEST_SECRET = 'unit-test-secret-0123456789abcdef';
export const ORIGIN = 'http://localhost:3000';

export type RunningSandbox = Awaited<ReturnType<typeof startSandbox>>;

export async function startTestCloud(options: Parameters<typeof startSandbox>[0] = {}) {
  const sandbox = await startSandbox({ port: 0, quiet: true, ...options });
  process.env.NEXTAUTH_SECRET = TEST_SECRET;
  process.env.DASHBOARD_CLOUDS = JSON.stringify([
    { name: 'Sandbox cloud', authUrl: sandbox.authUrl },
  ]);
  return sandbox;
}

export function cloud() {
  const first = getClouds()[0];
  if (!first) throw new Error('no cloud configured');
  return first;
}

export async function signIn(username = 'demo', password = 'demo'): Promise<DashboardToken> {
  return login(cloud(), { username, password, domain: 'Default' });
}

export async function sessionCookie(token: DashboardToken): Promise<string> {
  return `next-auth.session-token=${await encode({ token, secret: TEST_SECRET })}`;
}

export function proxyRequest(
  path: string,
  cookie: string | undefined,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {},
): NextRequest {
  return new NextRequest(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers: { host: 'localhost:3000', ...(cookie ? { cookie } : {}), ...init.headers },
    body: init.body,
    ...(init.body ? { duplex: 'half' } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}
