// Over https (NEXTAUTH_URL), cookies are Secure and every page and proxy answer
// sends Strict-Transport-Security; over plain http neither happens.
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forward } from '@/lib/proxy/forward';
import { sessionCookieName } from '@/lib/session-cookie';
import { HSTS_VALUE } from '@/lib/transport-security';
import { proxy } from '@/proxy';

const saved = process.env.NEXTAUTH_URL;

afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
  vi.resetModules();
});

async function authOptionsWith(url: string) {
  process.env.NEXTAUTH_URL = url;
  vi.resetModules();
  return (await import('@/lib/auth')).authOptions;
}

describe('served over https', () => {
  it('makes next-auth set Secure cookies, under the name the server reads', async () => {
    expect((await authOptionsWith('https://dashboard.example.edu')).useSecureCookies).toBe(true);
    expect(sessionCookieName()).toBe('__Secure-next-auth.session-token');
  });

  it('sends Strict-Transport-Security on pages and proxy answers', async () => {
    process.env.NEXTAUTH_URL = 'https://dashboard.example.edu';
    const page = await proxy(new NextRequest('https://dashboard.example.edu/login'));
    expect(page.headers.get('strict-transport-security')).toBe(HSTS_VALUE);
    const redirected = await proxy(new NextRequest('https://dashboard.example.edu/project'));
    expect(redirected.headers.get('strict-transport-security')).toBe(HSTS_VALUE);
    const api = await forward(new NextRequest('https://dashboard.example.edu/api/os/compute/x'));
    expect(api.status).toBe(401);
    expect(api.headers.get('strict-transport-security')).toBe(HSTS_VALUE);
  });

  it('sends it behind a TLS proxy that says so', async () => {
    process.env.NEXTAUTH_URL = 'http://127.0.0.1:3000';
    const page = await proxy(
      new NextRequest('http://127.0.0.1:3000/login', { headers: { 'x-forwarded-proto': 'https' } }),
    );
    expect(page.headers.get('strict-transport-security')).toBe(HSTS_VALUE);
  });
});

describe('served over plain http', () => {
  it('keeps plain cookies and sends no Strict-Transport-Security', async () => {
    expect((await authOptionsWith('http://127.0.0.1:3000')).useSecureCookies).toBe(false);
    expect(sessionCookieName()).toBe('next-auth.session-token');
    const page = await proxy(new NextRequest('http://127.0.0.1:3000/login'));
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });
});
