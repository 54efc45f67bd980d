// What a browser gets from /api/os/…: answers that cannot run script in the
// dashboard's origin, and no answer at all to a top-level navigation.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { forward } from '@/lib/proxy/forward';
import type { DashboardToken } from '@/lib/session-token';
import { routeServiceTo, startStubUpstream, type StubUpstream } from './stub-upstream';
import {
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
});

afterEach(() => {
  undo?.();
  undo = undefined;
});

afterAll(async () => {
  await stub.close();
  await sandbox.close();
});

const VERSION = { 'openstack-api-version': 'compute 2.1' };

function expectGuarded(response: Response) {
  expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('every /api/os answer', () => {
  it('carries the sandbox CSP and nosniff on a JSON read, which stays inline', async () => {
    const response = await forward(proxyRequest('/api/os/compute/os-keypairs', cookie));
    expect(response.status).toBe(200);
    expectGuarded(response);
    expect(response.headers.get('content-disposition')).toBeNull();
  });

  it("carries them on the proxy's own errors and on upstream errors", async () => {
    expectGuarded(await forward(proxyRequest('/api/os/compute/os-keypairs', undefined)));
    expectGuarded(await forward(proxyRequest('/api/os/compute/os-keypairs/nope', cookie)));
    expectGuarded(await forward(proxyRequest('/api/os/metadata/x', cookie)));
  });

  it('turns an upstream HTML page into a download, keeping its filename', async () => {
    undo = await routeServiceTo(token, 'compute', stub.url);
    stub.handle((_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html',
        'content-disposition': 'inline; filename="page.html"',
      });
      res.end('<script>alert(document.cookie)</script>');
    });
    const response = await forward(proxyRequest('/api/os/compute/x', cookie, { headers: VERSION }));
    expect(response.status).toBe(200);
    expectGuarded(response);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="page.html"');
  });

  it('offers any other non-JSON body as a plain attachment', async () => {
    undo = await routeServiceTo(token, 'compute', stub.url);
    stub.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('hello');
    });
    const response = await forward(proxyRequest('/api/os/compute/x', cookie, { headers: VERSION }));
    expectGuarded(response);
    expect(response.headers.get('content-disposition')).toBe('attachment');
    expect(await response.text()).toBe('hello');
  });
});

describe('a top-level navigation to the proxy', () => {
  it.each<Record<string, string>>([
    { 'sec-fetch-mode': 'navigate' },
    { 'sec-fetch-dest': 'document' },
  ])('is refused (%o), signed in or not', async (headers) => {
    for (const who of [cookie, undefined]) {
      const response = await forward(proxyRequest('/api/os/compute/os-keypairs', who, { headers }));
      expect(response.status).toBe(403);
      expectGuarded(response);
      const body = (await response.json()) as { error: { message: string; service: string } };
      expect(body.error.message).toMatch(/cannot be opened in a browser tab/);
      expect(body.error.service).toBe('compute');
    }
  });

  it("lets the dashboard's own fetches through", async () => {
    const response = await forward(
      proxyRequest('/api/os/compute/os-keypairs', cookie, {
        headers: { 'sec-fetch-mode': 'cors', 'sec-fetch-dest': 'empty' },
      }),
    );
    expect(response.status).toBe(200);
  });
});
