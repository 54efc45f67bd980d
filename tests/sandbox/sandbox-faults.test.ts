import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { get, issue, json, login, start, UNAUTHORIZED } from './helpers';
import { optionsFromEnv } from '../../sandbox/config';
import { isLoopback } from '../../sandbox/faults/control';
import type { RunningSandbox } from '../../sandbox/server';

// The test-only fault switch: absent unless asked for; with it, each service can
// be made to drop connections, wait, answer 500/503 in its own words, and
// Keystone to refuse tokens; a reset makes everything work again.

function put(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('fault switch off (the default)', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await start();
  });
  afterAll(() => sandbox.close());

  it('has no control endpoint: Keystone answers its own 404, and a PUT changes nothing', async () => {
    expect(sandbox.faultsUrl).toBeUndefined();
    const control = sandbox.authUrl.replace(/\/v3$/, '/__sandbox/faults');
    const res = await get(control);
    expect(res.status).toBe(404);
    expect((await json(res)).error.title).toBe('Not Found');
    expect((await put(`${control}/compute`, { kind: 'down' })).status).toBe(404);
    const token = await login(sandbox.authUrl, 'demo');
    expect((await get(`${sandbox.endpoints.RegionOne?.compute}/flavors`, token)).status).toBe(200);
  });

  it('is on only for SANDBOX_FAULTS=1', () => {
    expect(optionsFromEnv({}).faults).toBeUndefined();
    expect(optionsFromEnv({ SANDBOX_FAULTS: 'yes' }).faults).toBeUndefined();
    expect(optionsFromEnv({ SANDBOX_FAULTS: '1' }).faults).toBe(true);
  });
});

describe('fault switch on', () => {
  let sandbox: RunningSandbox;
  let control: string;
  let token: string;
  const url = (service: string, path: string, region = 'RegionOne') =>
    `${sandbox.endpoints[region]?.[service]}${path}`;

  beforeAll(async () => {
    sandbox = await start({ faults: true });
    control = sandbox.faultsUrl ?? '';
    token = await login(sandbox.authUrl, 'demo');
  });
  afterEach(async () => {
    expect((await fetch(control, { method: 'DELETE' })).status).toBe(204);
  });
  afterAll(() => sandbox.close());

  it('lists every service of the catalog, all working', async () => {
    const res = await get(control);
    expect(res.status).toBe(200);
    expect((await json(res)).faults).toEqual({
      identity: null,
      compute: null,
      image: null,
      network: null,
      volumev3: null,
      'object-store': null,
      'container-infra': null,
      orchestration: null,
      placement: null,
    });
  });

  it('down: the connection is dropped in every region, other services still answer', async () => {
    expect((await put(`${control}/network`, { kind: 'down' })).status).toBe(200);
    await expect(get(url('network', '/v2.0/networks'), token)).rejects.toThrow();
    await expect(get(url('network', '/v2.0/networks', 'RegionTwo'), token)).rejects.toThrow();
    expect((await get(url('compute', '/flavors'), token)).status).toBe(200);
    expect((await json(await get(control))).faults.network).toEqual({ kind: 'down' });
  });

  it('counts the requests each service receives, answered or not', async () => {
    const before = (await json(await get(control))).requests;
    await get(url('image', '/v2/images'), token);
    await get(url('image', '/v2/images', 'RegionTwo'), token);
    await put(`${control}/network`, { kind: 'down' });
    await expect(get(url('network', '/v2.0/networks'), token)).rejects.toThrow();
    const after = (await json(await get(control))).requests;
    expect(after.image - before.image).toBe(2);
    expect(after.network - before.network).toBe(1);
    expect(after.compute - before.compute).toBe(0);
  });

  it('down for identity keeps the control endpoint reachable', async () => {
    await put(`${control}/identity`, { kind: 'down' });
    await expect(issue(sandbox.authUrl, { user: 'demo', password: 'demo' })).rejects.toThrow();
    expect((await get(control)).status).toBe(200);
  });

  it('slow: answers, but only after the delay', async () => {
    await put(`${control}/image`, { kind: 'slow', ms: 400 });
    const started = performance.now();
    const res = await get(url('image', '/v2/images'), token);
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('slow defaults to five seconds', async () => {
    const res = await put(`${control}/compute`, { kind: 'slow' });
    expect((await json(res)).fault).toEqual({ kind: 'slow', ms: 5000 });
  });

  it('error 500: Nova says it as Nova does', async () => {
    await put(`${control}/compute`, { kind: 'error', status: 500 });
    const res = await get(url('compute', '/servers'), token);
    expect(res.status).toBe(500);
    expect(await json(res)).toEqual({
      computeFault: {
        code: 500,
        message:
          'Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.',
      },
    });
  });

  it('error 503: Nova, Neutron and Glance each in their own shape', async () => {
    for (const service of ['compute', 'network', 'image']) {
      await put(`${control}/${service}`, { kind: 'error', status: 503 });
    }
    const nova = await get(url('compute', '/servers'), token);
    expect(nova.status).toBe(503);
    expect((await json(nova)).serviceUnavailable.code).toBe(503);
    const neutron = await get(url('network', '/v2.0/networks'), token);
    expect(neutron.status).toBe(503);
    expect((await json(neutron)).NeutronError).toEqual({
      type: 'HTTPServiceUnavailable',
      message: 'The server is currently unavailable. Please try again at a later time.',
      detail: '',
    });
    const glance = await get(url('image', '/v2/images'), token, { Accept: 'application/json' });
    expect(glance.status).toBe(503);
    expect((await json(glance)).title).toBe('Service Unavailable');
  });

  it('error 503: Cinder in its own shape', async () => {
    await put(`${control}/volumev3`, { kind: 'error', status: 503 });
    const root = sandbox.endpoints.RegionOne?.volumev3?.split('/v3')[0];
    const cinder = await get(`${root}/v3/any-project/volumes`, token);
    expect(cinder.status).toBe(503);
    expect((await json(cinder)).serviceUnavailable).toEqual({
      code: 503,
      message: 'Service Unavailable',
    });
  });

  it("error with a message: the service's body carries it", async () => {
    await put(`${control}/network`, { kind: 'error', status: 500, message: 'Neutron fell over.' });
    const res = await get(url('network', '/v2.0/routers'), token);
    expect((await json(res)).NeutronError.message).toBe('Neutron fell over.');
  });

  it('refuse: Keystone will not issue tokens, but the ones it gave still work', async () => {
    await put(`${control}/identity`, { kind: 'refuse' });
    const refused = await issue(sandbox.authUrl, { user: 'demo', password: 'demo' });
    expect(refused.status).toBe(401);
    expect(await json(refused)).toEqual(UNAUTHORIZED);
    const check = await get(`${sandbox.authUrl}/auth/tokens`, token, { 'X-Subject-Token': token });
    expect(check.status).toBe(200);
    await put(`${control}/identity`, { kind: 'refuse', status: 503 });
    const unavailable = await issue(sandbox.authUrl, { user: 'demo', password: 'demo' });
    expect(unavailable.status).toBe(503);
    expect((await json(unavailable)).error.title).toBe('Service Unavailable');
  });

  it('reset of one service leaves the others broken; a full reset mends all', async () => {
    await put(`${control}/compute`, { kind: 'error', status: 500 });
    await put(`${control}/image`, { kind: 'error', status: 500 });
    expect((await fetch(`${control}/compute`, { method: 'DELETE' })).status).toBe(204);
    expect((await get(url('compute', '/flavors'), token)).status).toBe(200);
    expect((await get(url('image', '/v2/images'), token)).status).toBe(500);
    await fetch(control, { method: 'DELETE' });
    expect((await get(url('image', '/v2/images'), token)).status).toBe(200);
  });

  it('refuses what it does not understand', async () => {
    expect((await put(`${control}/compute`, { kind: 'melt' })).status).toBe(400);
    expect((await put(`${control}/compute`, { kind: 'refuse' })).status).toBe(400);
    expect((await put(`${control}/compute`, { kind: 'error', status: 502 })).status).toBe(400);
    expect((await put(`${control}/compute`, { kind: 'slow', ms: -1 })).status).toBe(400);
    expect((await put(`${control}/dns`, { kind: 'down' })).status).toBe(404);
    expect((await json(await get(control))).faults.compute).toBeNull();
  });
});

describe('who may call the switch', () => {
  it('loopback only', () => {
    for (const address of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1']) {
      expect(isLoopback(address)).toBe(true);
    }
    for (const address of ['10.0.0.5', '::ffff:192.168.1.2', 'fe80::1', undefined]) {
      expect(isLoopback(address)).toBe(false);
    }
  });
});
