import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, login, start } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// The fault switch breaks Magnum like any other service, with Magnum's error body.

let sandbox: RunningSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await start({ faults: true });
  token = await login(sandbox.authUrl, 'demo');
});

afterAll(() => sandbox.close());

describe('sandbox Magnum under the fault switch', () => {
  it("answers a 503 in Magnum's {errors: [...]} shape, then works again", async () => {
    const control = `${sandbox.faultsUrl}/container-infra`;
    const templates = `${sandbox.endpoints.RegionOne?.['container-infra']}/clustertemplates`;
    const set = await fetch(control, {
      method: 'PUT',
      body: JSON.stringify({ kind: 'error', status: 503, message: 'Magnum is being upgraded.' }),
    });
    expect(set.status).toBe(200);
    const broken = await get(templates, token);
    expect(broken.status).toBe(503);
    expect((await json(broken)).errors[0]).toMatchObject({
      status: 503,
      code: 'server',
      detail: 'Magnum is being upgraded.',
    });
    expect((await fetch(control, { method: 'DELETE' })).status).toBe(204);
    const working = await get(templates, token);
    expect(working.status).toBe(200);
    expect(await json(working)).toEqual({ clustertemplates: [] });
  });
});
