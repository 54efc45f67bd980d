// Nova os-server-groups (lib/openstack/compute/server-groups.ts) against the target cloud.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { apiFor, session, unique } from './context';
import { failure } from './failure';

let api: Api;
const created: string[] = [];

beforeAll(async () => {
  api = await apiFor(await session());
});

afterAll(async () => {
  await Promise.allSettled(created.map((id) => api.compute.deleteServerGroup(id)));
});

describe('compute os-server-groups', () => {
  it('creates a group for every policy, with one policy and no members', async () => {
    for (const policy of ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity']) {
      const name = unique(policy);
      const group = await api.compute.createServerGroup({ name, policy });
      created.push(group.id);
      expect(group).toMatchObject({ name, policy, members: [] });
    }
    const listed = (await api.compute.listServerGroups()).items;
    expect(listed.map((g) => g.id)).toEqual(expect.arrayContaining(created));
  });

  it('keeps max_server_per_host for anti-affinity and shows it', async () => {
    const group = await api.compute.createServerGroup({
      name: unique('rules'),
      policy: 'anti-affinity',
      maxServerPerHost: 2,
    });
    created.push(group.id);
    expect(group.rules).toEqual({ max_server_per_host: 2 });
    const shown = await api.compute.getServerGroup(group.id);
    expect(shown).toMatchObject({ id: group.id, policy: 'anti-affinity', members: [] });
    expect(shown.rules).toEqual({ max_server_per_host: 2 });
  });

  it('refuses a rule with another policy, and an unknown policy, with 400', async () => {
    const rule = await failure(
      api.compute.createServerGroup({
        name: unique('bad'),
        policy: 'affinity',
        maxServerPerHost: 2,
      }),
    );
    expect(rule.status).toBe(400);
    expect(rule.message).toBe('Only anti-affinity policy supports rules.');
    const policy = await failure(
      api.compute.createServerGroup({ name: unique('bad'), policy: 'spread' }),
    );
    expect(policy.status).toBe(400);
    expect(policy.message).toMatch(/^Invalid input for field\/attribute policy\. Value: spread\./);
  });

  it('deletes a group; it is then not found', async () => {
    const group = await api.compute.createServerGroup({ name: unique('del'), policy: 'affinity' });
    await api.compute.deleteServerGroup(group.id);
    const error = await failure(api.compute.getServerGroup(group.id));
    expect(error.status).toBe(404);
    expect(error.message).toBe(`Instance group ${group.id} could not be found.`);
    const again = await failure(api.compute.deleteServerGroup(group.id));
    expect(again.status).toBe(404);
    expect(again.message).toBe(`Instance group ${group.id} could not be found.`);
  });
});
