import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login } from './helpers';
import { fault, novaCloud, type NovaCloud } from './nova-server-helpers';

let cloud: NovaCloud;
let student: string;
beforeAll(async () => {
  cloud = await novaCloud({ students: 1 });
  student = await login(cloud.sandbox.authUrl, 'student01');
});
afterAll(() => cloud.sandbox.close());

describe('os-server-groups', () => {
  it('creates with policies before 2.64 and policy + rules from 2.64', async () => {
    const old = await cloud.ok(
      cloud.demo,
      'POST',
      '/os-server-groups',
      { server_group: { name: 'old', policies: ['affinity'] } },
      '2.1',
    );
    expect(old.server_group).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'old',
      policies: ['affinity'],
      metadata: {},
      members: [],
    });
    const soft = await cloud.nova(
      cloud.demo,
      'POST',
      '/os-server-groups',
      { server_group: { name: 'soft', policies: ['soft-affinity'] } },
      '2.14',
    );
    expect(soft.status).toBe(400);
    const now = await cloud.ok(cloud.demo, 'POST', '/os-server-groups', {
      server_group: { name: 'spread', policy: 'anti-affinity', rules: { max_server_per_host: 1 } },
    });
    expect(now.server_group).toMatchObject({
      name: 'spread',
      policy: 'anti-affinity',
      rules: { max_server_per_host: 1 },
      members: [],
      project_id: await cloud.projectId('demo'),
    });
    expect(now.server_group.policies).toBeUndefined();
    const bad = await cloud.nova(cloud.demo, 'POST', '/os-server-groups', {
      server_group: { name: 'x', policy: 'affinity', rules: { max_server_per_host: 2 } },
    });
    expect(await json(bad)).toEqual(fault(400, 'Only anti-affinity policy supports rules.'));
  });

  it('adds members through the group hint; a second anti-affinity member finds no host', async () => {
    const group = (
      await cloud.ok(student, 'POST', '/os-server-groups', {
        server_group: { name: 'apart', policy: 'anti-affinity' },
      })
    ).server_group;
    const hints = { 'os:scheduler_hints': { group: group.id } };
    const image = await cloud.imageId('cirros-0.6.2-x86_64-disk');
    const boot = async (name: string) =>
      (
        await cloud.ok(student, 'POST', '/servers', {
          server: { name, imageRef: image, flavorRef: '1', networks: 'none' },
          ...hints,
        })
      ).server.id as string;
    const first = await boot('a1');
    expect((await cloud.waitForStatus(student, first, 'ACTIVE')).server_groups).toEqual([group.id]);
    const second = await boot('a2');
    const failed = await cloud.waitForStatus(student, second, 'ERROR');
    expect(failed.fault).toMatchObject({
      code: 500,
      message: 'No valid host was found. There are not enough hosts available.',
    });
    expect(failed.fault.details).toBeUndefined();
    const log = await cloud.ok(student, 'GET', `/servers/${second}/os-instance-actions`);
    expect(log.instanceActions[0]).toMatchObject({ action: 'create', message: 'Error' });
    const shown = await cloud.ok(student, 'GET', `/os-server-groups/${group.id}`);
    expect(shown.server_group.members.sort()).toEqual([first, second].sort());
    await cloud.ok(student, 'DELETE', `/servers/${second}`);
    const unknown = await cloud.nova(student, 'POST', '/servers', {
      server: { name: 'x', imageRef: image, flavorRef: '1', networks: 'none' },
      'os:scheduler_hints': { group: '11111111-2222-4333-8444-555555555555' },
    });
    expect(await json(unknown)).toEqual(
      fault(400, 'Instance group 11111111-2222-4333-8444-555555555555 could not be found.'),
    );
  });

  it('lists own groups, all for admins with all_projects, and deletes', async () => {
    const mine = await cloud.ok(student, 'GET', '/os-server-groups');
    expect(mine.server_groups.map((g: { name: string }) => g.name)).toEqual(['apart']);
    const all = await cloud.ok(cloud.admin, 'GET', '/os-server-groups?all_projects=True');
    expect(all.server_groups.length).toBeGreaterThanOrEqual(3);
    const page = await cloud.ok(
      cloud.admin,
      'GET',
      '/os-server-groups?all_projects=True&limit=1&offset=1',
    );
    expect(page.server_groups).toHaveLength(1);
    const id = mine.server_groups[0].id as string;
    expect((await cloud.nova(student, 'DELETE', `/os-server-groups/${id}`)).status).toBe(204);
    const gone = await cloud.nova(student, 'GET', `/os-server-groups/${id}`);
    expect(await json(gone)).toEqual(fault(404, `Instance group ${id} could not be found.`));
  });

  it('enforces the server_groups quota', async () => {
    const project = await cloud.projectId('student01');
    await cloud.ok(cloud.admin, 'PUT', `/os-quota-sets/${project}`, {
      quota_set: { server_groups: 0 },
    });
    const res = await cloud.nova(student, 'POST', '/os-server-groups', {
      server_group: { name: 'more', policy: 'affinity' },
    });
    expect(await json(res)).toEqual(fault(403, 'Quota exceeded, too many server groups.'));
  });
});
