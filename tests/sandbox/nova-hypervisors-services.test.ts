// Nova's os-hypervisors/detail and os-services as the Admin panels call them,
// per microversion, as the devcloud (Zed) answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, json, type Json } from './helpers';
import { mv, novaFixture } from './nova-helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let compute: string;
let demo: string;
let admin: string;

beforeAll(async () => {
  ({ sandbox, compute, demo, admin } = await novaFixture());
});
afterAll(() => sandbox.close());

describe('os-hypervisors/detail', () => {
  it('gives the figures up to 2.87 with UUIDs from 2.53, and drops them from 2.88', async () => {
    const v287 = await json(
      await get(`${compute}/os-hypervisors/detail?with_servers=true`, admin, mv('2.87')),
    );
    const h = (v287.hypervisors as Json[])[0] as Json;
    expect(h.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(h).toMatchObject({ state: 'up', status: 'enabled', hypervisor_type: 'fake' });
    expect(h.vcpus).toBeGreaterThanOrEqual(h.vcpus_used);
    expect(h.memory_mb_used).toBeGreaterThanOrEqual(512);
    expect(Array.isArray(h.servers)).toBe(true);
    const v21 = await json(await get(`${compute}/os-hypervisors/detail`, admin, mv('2.1')));
    expect(v21.hypervisors[0].id).toBe(1);
    expect(v21.hypervisors[0].servers).toBeUndefined();
    const v290 = await json(await get(`${compute}/os-hypervisors/detail`, admin, mv('2.90')));
    expect(v290.hypervisors[0].vcpus).toBeUndefined();
    expect(v290.hypervisors[0].uptime).toBeNull();
  });

  it('refuses a member with the policy rule', async () => {
    const res = await get(`${compute}/os-hypervisors/detail`, demo, mv('2.87'));
    expect(res.status).toBe(403);
    expect((await json(res)).forbidden.message).toBe(
      "Policy doesn't allow os_compute_api:os-hypervisors:list-detail to be performed.",
    );
  });
});

describe('os-services', () => {
  it('lists the conductor, scheduler and compute, up and enabled', async () => {
    const body = await json(await get(`${compute}/os-services`, admin, mv('2.90')));
    expect((body.services as Json[]).map((s) => [s.binary, s.zone, s.state, s.status])).toEqual([
      ['nova-conductor', 'internal', 'up', 'enabled'],
      ['nova-scheduler', 'internal', 'up', 'enabled'],
      ['nova-compute', 'nova', 'up', 'enabled'],
    ]);
    const res = await get(`${compute}/os-services`, demo, mv('2.90'));
    expect(res.status).toBe(403);
  });
});
