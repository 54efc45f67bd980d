// Signs in to the target cloud the way the dashboard does and gives tests the
// same API client the dashboard uses on the server.
import { inject } from 'vitest';
import { catalogFor } from '@/lib/catalog-cache';
import { login } from '@/lib/keystone-login';
import { createApi, type Api } from '@/lib/openstack/api';
import { serverTransport } from '@/lib/openstack/server-transport';
import { serverApiFor } from '@/lib/server-api';
import type { DashboardToken } from '@/lib/session-token';

export const authUrl = (): string => inject('authUrl');
export const isSandbox = (): boolean => inject('cloudKind') === 'sandbox';

export const USERS = {
  demo: {
    username: process.env.OS_DEMO_USERNAME ?? 'demo',
    password: process.env.OS_DEMO_PASSWORD ?? 'demo',
  },
  admin: {
    username: process.env.OS_ADMIN_USERNAME ?? 'admin',
    password: process.env.OS_ADMIN_PASSWORD ?? 'admin',
  },
};

export async function session(user: keyof typeof USERS = 'demo'): Promise<DashboardToken> {
  return login(
    { id: 'target', name: 'target', authUrl: authUrl() },
    { ...USERS[user], domain: 'Default' },
  );
}

export async function apiFor(token: DashboardToken): Promise<Api> {
  return serverApiFor(token, 'public');
}

/** An API client with a token the cloud does not accept. */
export async function apiWithBadToken(token: DashboardToken): Promise<Api> {
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  return createApi(
    serverTransport({
      token: 'gAAAAA-not-a-token',
      catalog,
      region: token.region,
      iface: 'public',
    }),
  );
}

export function unique(prefix: string): string {
  return `contract-${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

/** demo and admin signed in together, each with the dashboard's API client. */
export async function demoAndAdmin(): Promise<{
  demo: DashboardToken;
  api: Api;
  adminApi: Api;
}> {
  const [demo, admin] = await Promise.all([session('demo'), session('admin')]);
  const [api, adminApi] = await Promise.all([apiFor(demo), apiFor(admin)]);
  return { demo, api, adminApi };
}
