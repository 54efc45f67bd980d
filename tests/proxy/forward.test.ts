import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor, rememberCatalog } from '@/lib/catalog-cache';
import { revokeToken } from '@/lib/openstack/identity/keystone';
import { forward } from '@/lib/proxy/forward';
import type { DashboardToken } from '@/lib/session-token';
import {
  ORIGIN,
  proxyRequest,
  sessionCookie,
  signIn,
  startTestCloud,
  type RunningSandbox,
} from '../helpers/sandbox-session';

let sandbox: RunningSandbox;
let token: DashboardToken;
let cookie: string;

beforeAll(async () => {
  sandbox = await startTestCloud();
  token = await signIn();
  cookie = await sessionCookie(token);
});

afterAll(async () => {
  await sandbox.close();
});

async function json(response: Response) {
  return (await response.json()) as {
    error?: { message: string; sessionExpired?: boolean; service: string };
    upstream?: unknown;
  };
}

describe('the /api/os proxy', () => {
  it('forwards reads to the catalog endpoint with the negotiated microversion', async () => {
    const response = await forward(proxyRequest('/api/os/compute/os-keypairs', cookie));
    expect(response.status).toBe(200);
    expect(response.headers.get('openstack-api-version')).toBe('compute 2.90');
    const text = await response.text();
    expect(JSON.parse(text)).toHaveProperty('keypairs');
    expect(text).not.toContain(token.token);
    expect(JSON.stringify([...response.headers])).not.toContain(token.token);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers 401 with sessionExpired when there is no session', async () => {
    const response = await forward(proxyRequest('/api/os/compute/os-keypairs', undefined));
    expect(response.status).toBe(401);
    expect((await json(response)).error?.sessionExpired).toBe(true);
  });

  it('refuses a mutation without an Origin header, or from another origin', async () => {
    const body = JSON.stringify({ keypair: { name: 'csrf' } });
    const bare = await forward(
      proxyRequest('/api/os/compute/os-keypairs', cookie, { method: 'POST', body }),
    );
    expect(bare.status).toBe(403);
    const foreign = await forward(
      proxyRequest('/api/os/compute/os-keypairs', cookie, {
        method: 'POST',
        body,
        headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      }),
    );
    expect(foreign.status).toBe(403);
    expect((await json(foreign)).error?.message).toBe(
      'Cross-origin request from https://evil.example refused.',
    );
  });

  it('streams a same-origin request body through and returns the upstream answer', async () => {
    const payload = JSON.stringify({ keypair: { name: 'streamed-key' } });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(payload);
        controller.enqueue(bytes.slice(0, 10));
        controller.enqueue(bytes.slice(10));
        controller.close();
      },
    });
    const created = await forward(
      proxyRequest('/api/os/compute/os-keypairs', cookie, {
        method: 'POST',
        body: stream,
        headers: { origin: ORIGIN, 'content-type': 'application/json' },
      }),
    );
    expect(created.status).toBeLessThan(300);
    const body = (await created.json()) as { keypair: { name: string; private_key?: string } };
    expect(body.keypair.name).toBe('streamed-key');
    expect(body.keypair.private_key).toContain('PRIVATE KEY');
    const removed = await forward(
      proxyRequest('/api/os/compute/os-keypairs/streamed-key', cookie, {
        method: 'DELETE',
        headers: { origin: ORIGIN },
      }),
    );
    expect(removed.status).toBe(204);
  });

  it("normalises upstream errors and keeps OpenStack's own body", async () => {
    const response = await forward(proxyRequest('/api/os/compute/os-keypairs/no-such-key', cookie));
    expect(response.status).toBe(404);
    const body = await json(response);
    expect(body.error?.service).toBe('compute');
    expect(body.error?.message).toMatch(/^Keypair no-such-key not found for user/);
    expect(body.upstream).toHaveProperty('itemNotFound');
  });

  it.each([
    '/api/os/compute/%2e%2e/%2e%2e/v3/auth/tokens',
    '/api/os/compute/os-keypairs%2f..%2f..',
    '/api/os/compute//evil.example/x',
    '/api/os/compute/http:%2F%2Fevil.example',
    '/api/os/compute/x%5c..%5c..',
  ])('refuses the path %s', async (path) => {
    const response = await forward(proxyRequest(path, cookie));
    expect(response.status).toBe(400);
  });

  it.each(['/api/os/identity/%E0%A4%A', '/api/os/compute/servers/%ZZ', '/api/os/image/v2/%'])(
    'answers 400 with a message to the malformed encoding %s',
    async (path) => {
      const response = await forward(proxyRequest(path, cookie));
      expect(response.status).toBe(400);
      expect((await json(response)).error?.message).toBe('Refused path: malformed encoding');
    },
  );

  it('refuses service types outside the allow-list', async () => {
    const response = await forward(proxyRequest('/api/os/metadata/latest', cookie));
    expect(response.status).toBe(404);
    expect((await json(response)).error?.message).toBe('Unknown service type "metadata".');
  });

  it('keeps token operations away from the browser', async () => {
    const response = await forward(proxyRequest('/api/os/identity/v3/auth/tokens', cookie));
    expect(response.status).toBe(403);
  });

  it('says which service the cloud lacks', async () => {
    const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
    rememberCatalog(
      token.token,
      catalog.filter((entry) => entry.type !== 'compute'),
      token.expiresAt,
    );
    try {
      const response = await forward(proxyRequest('/api/os/compute/os-keypairs', cookie));
      expect(response.status).toBe(404);
      expect((await json(response)).error?.message).toBe('This cloud has no compute service.');
    } finally {
      rememberCatalog(token.token, catalog, token.expiresAt);
    }
  });

  it('turns an upstream 401 (revoked token) into a session expiry', async () => {
    const other = await signIn();
    const otherCookie = await sessionCookie(other);
    await revokeToken(other.authUrl, other.token);
    const response = await forward(proxyRequest('/api/os/compute/os-keypairs', otherCookie));
    expect(response.status).toBe(401);
    const body = await json(response);
    expect(body.error?.sessionExpired).toBe(true);
    expect(body.error?.message).toBe('Your session has expired.');
  });
});
