// /api/metrics: process-wide counters, so off by default and for admins only.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DELETE, GET } from '@/app/api/metrics/route';
import { recordUpstreamCall, upstreamCallCounts } from '@/lib/upstream-metrics';
import {
  proxyRequest,
  sessionCookie,
  signIn,
  startTestCloud,
  type RunningSandbox,
} from '../helpers/sandbox-session';

let sandbox: RunningSandbox;
let member: string;
let admin: string;

beforeAll(async () => {
  sandbox = await startTestCloud();
  member = await sessionCookie(await signIn('demo', 'demo'));
  admin = await sessionCookie(await signIn('admin', 'admin'));
});

afterEach(() => {
  delete process.env.DASHBOARD_METRICS;
});

afterAll(async () => {
  await sandbox.close();
});

const request = (cookie: string | undefined, method = 'GET') =>
  proxyRequest('/api/metrics', cookie, { method });

describe('/api/metrics', () => {
  it('does not exist unless DASHBOARD_METRICS=1, even for an admin', async () => {
    expect((await GET(request(admin))).status).toBe(404);
    expect((await DELETE(request(admin, 'DELETE'))).status).toBe(404);
  });

  it('when enabled: 404 signed out, 403 for a member, who can neither read nor reset', async () => {
    process.env.DASHBOARD_METRICS = '1';
    recordUpstreamCall('compute', 1);
    expect((await GET(request(undefined))).status).toBe(404);
    expect((await GET(request(member))).status).toBe(403);
    expect((await DELETE(request(member, 'DELETE'))).status).toBe(403);
    expect(upstreamCallCounts().compute?.calls).toBeGreaterThan(0);
  });

  it('when enabled: an admin reads and resets the counts', async () => {
    process.env.DASHBOARD_METRICS = '1';
    recordUpstreamCall('compute', 2);
    const read = await GET(request(admin));
    expect(read.status).toBe(200);
    const counts = (await read.json()) as Record<string, { calls: number }>;
    expect(counts.compute?.calls).toBeGreaterThan(0);
    expect((await DELETE(request(admin, 'DELETE'))).status).toBe(204);
    expect(upstreamCallCounts()).toEqual({});
  });
});
