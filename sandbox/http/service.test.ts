import { describe, expect, it } from 'vitest';
import { Router } from './router';
import { headNotGet, servePipeline, type Controller } from './service';
import type { SandboxRequest } from './types';

class TeaError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface TeaCall {
  req: SandboxRequest;
  caller: string;
  strength: number;
}

function request(method: string, path: string, token = 'good'): SandboxRequest {
  return {
    method,
    path,
    query: new URLSearchParams(),
    rawQuery: '',
    headers: { 'x-auth-token': token },
    body: Buffer.alloc(0),
    params: {},
    origin: 'http://tea',
    requestId: 'req-1',
  };
}

const router = new Router<Controller<TeaCall>>()
  .add('GET', '/pots/{pot}', (call) => ({
    status: 200,
    body: { pot: call.req.params.pot, caller: call.caller, strength: call.strength },
  }))
  .add('POST', '/pots/{pot}', () => {
    throw new TeaError(418, 'I am a teapot');
  })
  .add('DELETE', '/pots/{pot}', () => {
    throw new Error('kettle on fire');
  });

const serve = servePipeline<string, TeaCall, TeaError>({
  authenticate: (req) =>
    req.headers['x-auth-token'] === 'good'
      ? { ok: true, caller: 'alice' }
      : { ok: false, response: { status: 401, body: 'who are you' } },
  early: (req, path) => (path === '/' ? { status: 302, headers: { Location: '/pots' } } : null),
  route: (req, path) => router.match(headNotGet(req.method), path),
  unrouted: (_req, match) => ({ status: match.kind === 'not-found' ? 404 : 405 }),
  call(req, caller) {
    const strength = Number(req.params.pot);
    if (Number.isNaN(strength)) throw new TeaError(400, 'pots are numbered');
    return { req, caller, strength };
  },
  check(call) {
    if (call.strength > 9) throw new TeaError(400, 'too strong');
  },
  respond: (response, call) => ({ ...response, headers: { 'X-Strength': String(call.strength) } }),
  isFailure: (err) => err instanceof TeaError,
  failure: (err, _req, call) => ({
    status: err.status,
    body: { fault: err.message, strength: call?.strength ?? null },
  }),
});

describe('servePipeline', () => {
  it('checks the token first, before any route or early answer', async () => {
    expect(await serve(request('GET', '/', 'bad'))).toEqual({ status: 401, body: 'who are you' });
  });

  it('gives early answers after the token check', async () => {
    expect((await serve(request('GET', '/'))).status).toBe(302);
  });

  it('runs the controller with the built call and decorates its answer', async () => {
    expect(await serve(request('GET', '/pots/3'))).toEqual({
      status: 200,
      headers: { 'X-Strength': '3' },
      body: { pot: '3', caller: 'alice', strength: 3 },
    });
  });

  it('answers an unknown path or method the service’s way', async () => {
    expect((await serve(request('GET', '/cups/1'))).status).toBe(404);
    expect((await serve(request('PUT', '/pots/1'))).status).toBe(405);
    expect((await serve(request('HEAD', '/pots/1'))).status).toBe(405);
  });

  it('formats service errors, knowing the call once it is built', async () => {
    expect(await serve(request('GET', '/pots/x'))).toEqual({
      status: 400,
      body: { fault: 'pots are numbered', strength: null },
    });
    expect(await serve(request('GET', '/pots/12'))).toEqual({
      status: 400,
      body: { fault: 'too strong', strength: 12 },
    });
    expect(await serve(request('POST', '/pots/2'))).toEqual({
      status: 418,
      body: { fault: 'I am a teapot', strength: 2 },
    });
  });

  it('lets other errors through to the listener’s 500', async () => {
    await expect(serve(request('DELETE', '/pots/1'))).rejects.toThrow('kettle on fire');
  });
});
