// A service that never answers, or answers with an endless error body, must not
// hold the proxy: a 504 naming the service, and at most 1 MiB read.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

const VERSION = { 'openstack-api-version': 'compute 2.1' };

beforeAll(async () => {
  sandbox = await startTestCloud();
  stub = await startStubUpstream();
  token = await signIn();
  cookie = await sessionCookie(token);
});

afterEach(() => {
  undo?.();
  undo = undefined;
  delete process.env.DASHBOARD_UPSTREAM_TIMEOUT_MS;
});

afterAll(async () => {
  await stub.close();
  await sandbox.close();
});

interface ErrorBody {
  error: { code: number; title: string; message: string; service: string };
  upstream?: unknown;
}

describe('an upstream that does not answer', () => {
  it('gets a 504 naming the service once the configured wait is over', async () => {
    process.env.DASHBOARD_UPSTREAM_TIMEOUT_MS = '300';
    undo = await routeServiceTo(token, 'compute', stub.url);
    stub.handle(() => undefined); // reads the request, never answers
    const started = Date.now();
    const response = await forward(
      proxyRequest('/api/os/compute/servers', cookie, { headers: VERSION }),
    );
    const waited = Date.now() - started;
    expect(response.status).toBe(504);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: 504, title: 'Gateway Timeout', service: 'compute' });
    expect(body.error).toMatchObject({ reason: 'timeout' });
    expect(body.error.message).toMatch(/^Compute \(Nova\) did not answer within 0\.3 s/);
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(5_000);
  });

  it('times a request with a body from when the body has been sent', async () => {
    process.env.DASHBOARD_UPSTREAM_TIMEOUT_MS = '300';
    undo = await routeServiceTo(token, 'compute', stub.url);
    stub.handle(() => undefined);
    let pulls = 0;
    // An upload that takes 600 ms, twice the header wait, is not cut off by it.
    const slowBody = new ReadableStream<Uint8Array>({
      async pull(controller) {
        pulls += 1;
        await new Promise((r) => setTimeout(r, 200));
        if (pulls > 3) controller.close();
        else controller.enqueue(new TextEncoder().encode('x'));
      },
    });
    const started = Date.now();
    const response = await forward(
      proxyRequest('/api/os/compute/servers', cookie, {
        method: 'POST',
        body: slowBody,
        headers: { ...VERSION, origin: ORIGIN, 'content-type': 'application/octet-stream' },
      }),
    );
    expect(response.status).toBe(504);
    expect(pulls).toBe(4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
  });

  it('gets a 504 also when its version document hangs (negotiation gives up after 5 s)', async () => {
    process.env.DASHBOARD_UPSTREAM_TIMEOUT_MS = '300';
    undo = await routeServiceTo(token, 'compute', `${stub.url}/v2.1`);
    stub.handle(() => undefined);
    const started = Date.now();
    const response = await forward(proxyRequest('/api/os/compute/servers', cookie));
    expect(response.status).toBe(504);
    expect(((await response.json()) as ErrorBody).error.service).toBe('compute');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('waits 30 s by default', async () => {
    const { upstreamTimeoutMs } = await import('@/lib/proxy/upstream-timeout');
    expect(upstreamTimeoutMs({})).toBe(30_000);
    expect(upstreamTimeoutMs({ DASHBOARD_UPSTREAM_TIMEOUT_MS: 'soon' })).toBe(30_000);
    expect(upstreamTimeoutMs({ DASHBOARD_UPSTREAM_TIMEOUT_MS: '1500' })).toBe(1_500);
  });
});

describe('an upstream error body', () => {
  it('is read up to 1 MiB, and no further', async () => {
    undo = await routeServiceTo(token, 'compute', stub.url);
    let written = 0;
    let closed!: () => void;
    const connectionClosed = new Promise<void>((resolve) => (closed = resolve));
    stub.handle((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        // Endless unless the reader stops; 256 MiB is the safety bound of the test.
        while (!res.destroyed && written < 256 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', closed);
      pump();
    });
    const response = await forward(
      proxyRequest('/api/os/compute/servers', cookie, { headers: VERSION }),
    );
    expect(response.status).toBe(500);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.service).toBe('compute');
    expect(typeof body.upstream).toBe('string');
    expect((body.upstream as string).length).toBe(1024 * 1024);
    await connectionClosed;
    // What the sockets' buffers hold besides the 1 MiB read; far below the 256 MiB on offer.
    expect(written).toBeLessThan(32 * 1024 * 1024);
  });

  it('is passed on as far as it came when the rest stalls', async () => {
    process.env.DASHBOARD_UPSTREAM_TIMEOUT_MS = '300';
    undo = await routeServiceTo(token, 'compute', stub.url);
    stub.handle((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.write('Service Unavailable: ');
    });
    const started = Date.now();
    const response = await forward(
      proxyRequest('/api/os/compute/servers', cookie, { headers: VERSION }),
    );
    expect(response.status).toBe(503);
    expect(((await response.json()) as ErrorBody).upstream).toBe('Service Unavailable: ');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
