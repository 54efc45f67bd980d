import { encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDashboardToken, sessionState } from '@/lib/session-cookie';
import { cacheTtlMs, decodedSessionCount, MAX_ENTRIES, TTL_MS } from '@/lib/session-decode-cache';
import type { DashboardToken } from '@/lib/session-token';

const SECRET = 'decode-cache-test-secret';
const NAME = 'next-auth.session-token';

function tokenFor(name: string, expiresInMs = 3_600_000): DashboardToken {
  return {
    cloudId: 'sandbox-cloud',
    authUrl: 'http://127.0.0.1:8788/v3',
    unscopedToken: 'u'.repeat(180),
    token: `${name}-${'s'.repeat(180)}`,
    expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    user: { id: 'u1', name, domainId: 'default', domainName: 'Default' },
    project: { id: 'p1', name: 'demo' },
    roles: ['member'],
    region: 'RegionOne',
  };
}

function store(value: string) {
  return {
    get: (name: string) => (name === NAME ? { value } : undefined),
    getAll: () => [{ name: NAME, value }],
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the decoded-session cache', () => {
  it('still refuses a remembered session once its Keystone token expires', async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    vi.useFakeTimers({ toFake: ['Date'] });
    const jwt = await encode({ token: tokenFor('soon', 20_000), secret: SECRET });
    expect((await sessionState(store(jwt))).status).toBe('ok');
    vi.setSystemTime(Date.now() + 16_000); // within the cache's TTL, past expiresAt − 5 s
    expect((await sessionState(store(jwt))).status).toBe('expired');
  });

  it('never serves a remembered cookie past the JWT’s own expiry', async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    vi.useFakeTimers({ toFake: ['Date'] });
    // A Keystone token valid for hours inside a cookie that lapses in 2 s.
    const jwt = await encode({ token: tokenFor('short-cookie'), secret: SECRET, maxAge: 2 });
    expect((await readDashboardToken(store(jwt)))?.user.name).toBe('short-cookie');
    vi.setSystemTime(Date.now() + 18_000); // past exp + next-auth's 15 s tolerance
    expect(await readDashboardToken(store(jwt))).toBeNull();
  });

  it('decodes afresh after the TTL, and forgets every session when the secret changes', async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    vi.useFakeTimers({ toFake: ['Date'] });
    const jwt = await encode({ token: tokenFor('rotated'), secret: SECRET });
    expect((await readDashboardToken(store(jwt)))?.user.name).toBe('rotated');
    process.env.NEXTAUTH_SECRET = 'the-next-secret';
    expect(await readDashboardToken(store(jwt))).toBeNull();
    expect(decodedSessionCount()).toBe(0);
    process.env.NEXTAUTH_SECRET = SECRET;
    expect((await readDashboardToken(store(jwt)))?.user.name).toBe('rotated');
    vi.setSystemTime(Date.now() + TTL_MS + 1);
    expect((await readDashboardToken(store(jwt)))?.user.name).toBe('rotated');
  });

  it('refuses a cookie one byte away from a remembered one', async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    const jwt = await encode({ token: tokenFor('tampered'), secret: SECRET });
    expect((await readDashboardToken(store(jwt)))?.user.name).toBe('tampered');
    const at = jwt.length - 5;
    const flipped = `${jwt.slice(0, at)}${jwt[at] === 'A' ? 'B' : 'A'}${jwt.slice(at + 1)}`;
    expect(await readDashboardToken(store(flipped))).toBeNull();
    expect(await readDashboardToken(store(`${jwt}x`))).toBeNull();
  });

  it('holds at most MAX_ENTRIES sessions, dropping the least recently used', async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    const first = await encode({ token: tokenFor('first'), secret: SECRET });
    await readDashboardToken(store(first));
    const others = await Promise.all(
      Array.from({ length: MAX_ENTRIES + 10 }, (_, i) =>
        encode({ token: tokenFor(`user-${i}`), secret: SECRET }),
      ),
    );
    for (const jwt of others) await readDashboardToken(store(jwt));
    expect(decodedSessionCount()).toBe(MAX_ENTRIES);
    // Dropped from the cache is not refused: it is decoded again.
    expect((await readDashboardToken(store(first)))?.user.name).toBe('first');
  });

  it('can be shortened or turned off, never lengthened', () => {
    expect(cacheTtlMs({})).toBe(60_000);
    expect(cacheTtlMs({ DASHBOARD_SESSION_CACHE_SECONDS: '10' })).toBe(10_000);
    expect(cacheTtlMs({ DASHBOARD_SESSION_CACHE_SECONDS: '0' })).toBe(0);
    expect(cacheTtlMs({ DASHBOARD_SESSION_CACHE_SECONDS: '3600' })).toBe(60_000);
    expect(cacheTtlMs({ DASHBOARD_SESSION_CACHE_SECONDS: 'soon' })).toBe(60_000);
  });

  it('remembers nothing when turned off', async () => {
    process.env.NEXTAUTH_SECRET = SECRET;
    process.env.DASHBOARD_SESSION_CACHE_SECONDS = '0';
    try {
      const jwt = await encode({ token: tokenFor('uncached'), secret: SECRET });
      const before = decodedSessionCount();
      expect((await readDashboardToken(store(jwt)))?.user.name).toBe('uncached');
      expect(decodedSessionCount()).toBe(before);
    } finally {
      delete process.env.DASHBOARD_SESSION_CACHE_SECONDS;
    }
  });
});
