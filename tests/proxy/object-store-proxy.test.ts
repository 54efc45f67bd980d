// Swift through the proxy, seen from an upstream that records what reached it:
// the account at the endpoint itself, a folder's trailing slash, Swift's headers
// both ways, and an object body of any type passed through whole.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFor, rememberCatalog } from '@/lib/catalog-cache';
import { forward } from '@/lib/proxy/forward';
import { startStubUpstream, type StubUpstream } from './stub-upstream';
import {
  ORIGIN,
  proxyRequest,
  sessionCookie,
  signIn,
  startTestCloud,
  type RunningSandbox,
} from '../helpers/sandbox-session';

interface Seen {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  bytes: number;
  md5: string;
}

let sandbox: RunningSandbox;
let stub: StubUpstream;
let cookie: string;
let seen: Seen | undefined;

beforeAll(async () => {
  sandbox = await startTestCloud();
  stub = await startStubUpstream();
  const token = await signIn();
  cookie = await sessionCookie(token);
  // The session's catalog gets an object-store endpoint pointing at the stub.
  const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
  rememberCatalog(
    token.token,
    [
      ...catalog.filter((entry) => entry.type !== 'object-store'),
      {
        type: 'object-store',
        endpoints: [{ interface: 'public', region_id: token.region, url: `${stub.url}/v1/AUTH_p` }],
      },
    ],
    token.expiresAt,
  );
  stub.handle((req, res) => {
    const hash = createHash('md5');
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      hash.update(chunk);
    });
    req.on('end', () => {
      seen = {
        method: req.method,
        url: req.url,
        headers: req.headers,
        bytes,
        md5: hash.digest('hex'),
      };
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('X-Storage-Policy', 'Policy-0');
      res.setHeader('X-Container-Read', '.r:*,.rlistings');
      res.setHeader('Etag', 'abc');
      res.statusCode = req.method === 'PUT' ? 201 : 204;
      res.end();
    });
  });
});

afterAll(async () => {
  await stub.close();
  await sandbox.close();
});

describe('Swift through the proxy', () => {
  it('reaches the account at the endpoint itself, with and without a slash', async () => {
    const bare = await forward(proxyRequest('/api/os/object-store?format=json', cookie));
    expect(bare.status).toBe(204);
    expect(seen?.url).toBe('/v1/AUTH_p/?format=json');
    const slash = await forward(proxyRequest('/api/os/object-store/?format=json', cookie));
    expect(slash.status).toBe(204);
    expect(seen?.url).toBe('/v1/AUTH_p/?format=json');
  });

  it("keeps a folder's trailing slash and sends Swift's request headers", async () => {
    const response = await forward(
      proxyRequest('/api/os/object-store/c/my%20dir/', cookie, {
        method: 'PUT',
        body: new Uint8Array(0),
        headers: {
          origin: ORIGIN,
          'content-type': 'application/directory',
          'x-storage-policy': 'Policy-0',
          'x-copy-from': '/c/a%20b',
          etag: 'd41d8cd98f00b204e9800998ecf8427e',
        },
      }),
    );
    expect(response.status).toBe(201);
    expect(seen?.method).toBe('PUT');
    expect(seen?.url).toBe('/v1/AUTH_p/c/my%20dir/');
    expect(seen?.headers).toMatchObject({
      'content-type': 'application/directory',
      'x-storage-policy': 'Policy-0',
      'x-copy-from': '/c/a%20b',
      etag: 'd41d8cd98f00b204e9800998ecf8427e',
    });
    expect(response.headers.get('x-storage-policy')).toBe('Policy-0');
    expect(response.headers.get('x-container-read')).toBe('.r:*,.rlistings');
    expect(response.headers.get('etag')).toBe('abc');
  });

  it('passes an object body of any content type through whole', async () => {
    const chunk = new Uint8Array(64 * 1024).map((_, i) => (i * 7) & 0xff);
    const chunks = 48;
    const whole = createHash('md5');
    for (let i = 0; i < chunks; i++) whole.update(chunk);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === chunks) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await forward(
      proxyRequest('/api/os/object-store/c/notes.txt', cookie, {
        method: 'PUT',
        body,
        headers: { origin: ORIGIN, 'content-type': 'text/plain' },
      }),
    );
    expect(response.status).toBe(201);
    expect(seen?.bytes).toBe(chunk.length * chunks);
    expect(seen?.md5).toBe(whole.digest('hex'));
    expect(seen?.headers['content-type']).toBe('text/plain');
  });
});
