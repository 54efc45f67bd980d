import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiatedMicroversion } from '@/lib/openstack/microversion-cache';
import { start } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

// Cinder wants a token for GET /v3/, so the dashboard reads its maximum
// microversion from GET / instead; the sandbox answers both as Cinder does.

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await start({});
});

afterAll(() => sandbox.close());

describe("the dashboard's Cinder microversion", () => {
  it('is negotiated from the version list at / when /v3/ asks for a token', async () => {
    const endpoint = (sandbox.endpoints.RegionOne?.volumev3 ?? '').replace(
      '$(project_id)s',
      '0123456789abcdef0123456789abcdef',
    );
    expect((await fetch(new URL('/v3/', endpoint))).status).toBe(401);
    expect(await negotiatedMicroversion('volumev3', endpoint)).toBe('3.66');
  });
});
