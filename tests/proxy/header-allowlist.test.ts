// What crosses the proxy, seen from an upstream that echoes the request's
// headers and answers with headers a browser must never get.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forward } from '@/lib/proxy/forward';
import type { DashboardToken } from '@/lib/session-token';
import { routeServiceTo, startStubUpstream, type StubUpstream } from './stub-upstream';
import {
  ORIGIN,
  proxyRequest,
  sessionCookie,
  signIn,
  startTestCloud,
  type RunningSandbox,
} from '../helpers/sandbox-session';

let sandbox: RunningSandbox;
let stub: StubUpstream;
let token: DashboardToken;
let cookie: string;
let undo: (() => void) | undefined;

beforeAll(async () => {
  sandbox = await startTestCloud();
  stub = await startStubUpstream();
  token = await signIn();
  cookie = await sessionCookie(token);
  undo = await routeServiceTo(token, 'compute', stub.url);
  stub.handle((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Set-Cookie', 'upstream=1; Path=/');
    res.setHeader('X-Subject-Token', 'subject-token-from-upstream');
    res.setHeader('X-Auth-Token', 'auth-token-from-upstream');
    res.setHeader('Server', 'stub/1.0');
    res.setHeader('ETag', '"abc"');
    res.setHeader('X-Openstack-Request-Id', 'req-1');
    res.setHeader('X-Container-Object-Count', '3');
    res.end(JSON.stringify({ method: req.method, headers: req.headers }));
  });
});

afterAll(async () => {
  undo?.();
  await stub.close();
  await sandbox.close();
});

async function echoed(response: Response): Promise<Record<string, string>> {
  return ((await response.json()) as { headers: Record<string, string> }).headers;
}

describe('request headers on their way upstream', () => {
  it('send the session token, never the browser cookie or its own credentials', async () => {
    const response = await forward(
      proxyRequest('/api/os/compute/servers', `${cookie}; other=1`, {
        headers: {
          authorization: 'Bearer from-browser',
          'x-auth-token': 'browser-chosen-token',
          'x-forwarded-for': '10.9.9.9',
          'x-object-meta-colour': 'blue',
          range: 'bytes=0-9',
          accept: 'application/json',
        },
      }),
    );
    expect(response.status).toBe(200);
    const headers = await echoed(response);
    expect(headers['x-auth-token']).toBe(token.token);
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
    expect(headers['x-forwarded-for']).toBeUndefined();
    expect(JSON.stringify(headers)).not.toContain('browser-chosen-token');
    expect(headers['x-object-meta-colour']).toBe('blue');
    expect(headers.range).toBe('bytes=0-9');
    // Compressed bodies would be decompressed by fetch and keep a wrong Content-Length.
    expect(headers['accept-encoding']).not.toMatch(/gzip|deflate|br/);
  });

  it('pass a same-origin mutation with its body headers and nothing else of the browser', async () => {
    const response = await forward(
      proxyRequest('/api/os/compute/servers/x/metadata', cookie, {
        method: 'POST',
        body: '{}',
        headers: {
          origin: ORIGIN,
          'content-type': 'application/json',
          'x-remove-object-meta-a': '1',
          referer: `${ORIGIN}/x`,
        },
      }),
    );
    const headers = await echoed(response);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-remove-object-meta-a']).toBe('1');
    expect(headers.origin).toBeUndefined();
    expect(headers.referer).toBeUndefined();
    expect(headers.cookie).toBeUndefined();
  });
});

describe('response headers on their way to the browser', () => {
  it('drop cookies, tokens and server banners; keep the API headers', async () => {
    const response = await forward(proxyRequest('/api/os/compute/servers', cookie));
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-subject-token')).toBeNull();
    expect(response.headers.get('x-auth-token')).toBeNull();
    expect(response.headers.get('server')).toBeNull();
    expect(response.headers.get('etag')).toBe('"abc"');
    expect(response.headers.get('x-openstack-request-id')).toBe('req-1');
    expect(response.headers.get('x-container-object-count')).toBe('3');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });
});
