import { describe, expect, it } from 'vitest';
import { isExpired, toPublicSession, type DashboardToken } from './session-token';

const token: DashboardToken = {
  cloudId: 'sandbox-cloud',
  authUrl: 'http://127.0.0.1:8788/v3',
  unscopedToken: 'gAAAAunscoped',
  token: 'gAAAAscoped',
  expiresAt: new Date(Date.now() + 60_000).toISOString(),
  user: { id: 'u1', name: 'demo', domainId: 'default', domainName: 'Default' },
  project: { id: 'p1', name: 'demo' },
  roles: ['member'],
  region: 'RegionOne',
};

describe('session token', () => {
  it('exposes no token to the browser', () => {
    const text = JSON.stringify(toPublicSession(token));
    expect(text).not.toContain('gAAAA');
    expect(text).not.toContain(token.authUrl);
  });
  it('counts a token as expired a little early', () => {
    expect(isExpired(token)).toBe(false);
    expect(isExpired({ expiresAt: new Date(Date.now() + 3_000).toISOString() })).toBe(true);
    expect(isExpired({ expiresAt: 'garbage' })).toBe(true);
  });
});
