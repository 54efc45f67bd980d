import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { loginUrl, readDashboardToken, sessionState } from '@/lib/session-cookie';
import type { DashboardToken } from '@/lib/session-token';

const SECRET = 'cookie-test-secret';

const token: DashboardToken = {
  cloudId: 'sandbox-cloud',
  authUrl: 'http://127.0.0.1:8788/v3',
  unscopedToken: 'u'.repeat(180),
  token: 's'.repeat(180),
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: 'u1', name: 'demo', domainId: 'default', domainName: 'Default' },
  project: { id: 'p1', name: 'demo' },
  roles: ['member'],
  region: 'RegionOne',
};

function store(cookies: Record<string, string>) {
  return {
    get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
    getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
  };
}

describe('session cookie', () => {
  it('reads a whole and a chunked cookie', async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    const jwt = await encode({ token, secret: SECRET });
    expect((await readDashboardToken(store({ 'next-auth.session-token': jwt })))?.user.name).toBe(
      'demo',
    );
    const half = Math.floor(jwt.length / 2);
    const chunked = store({
      'next-auth.session-token.1': jwt.slice(half),
      'next-auth.session-token.0': jwt.slice(0, half),
    });
    expect((await readDashboardToken(chunked))?.project.name).toBe('demo');
  });

  it('rejects a cookie made with another secret, and tells expired from missing', async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    const forged = await encode({ token, secret: 'another-secret' });
    expect(await readDashboardToken(store({ 'next-auth.session-token': forged }))).toBeNull();
    expect((await sessionState(store({}))).status).toBe('none');
    const old = await encode({
      token: { ...token, expiresAt: new Date(Date.now() - 1000).toISOString() },
      secret: SECRET,
    });
    expect((await sessionState(store({ 'next-auth.session-token': old }))).status).toBe('expired');
  });

  it('builds login URLs that only return to this site', () => {
    expect(loginUrl('expired', '/project/key_pairs?x=1')).toBe(
      '/login?reason=expired&callbackUrl=%2Fproject%2Fkey_pairs%3Fx%3D1',
    );
    expect(loginUrl(undefined, '//evil.example')).toBe('/login');
  });
});
