import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, issue, json, login, start, UNAUTHORIZED, type Json } from './helpers';
import type { RunningSandbox } from '../../sandbox/server';

let sandbox: RunningSandbox;
let admin: string;
let demo: string;

beforeAll(async () => {
  sandbox = await start();
  admin = await login(sandbox.authUrl, 'admin');
  demo = await login(sandbox.authUrl, 'demo');
});
afterAll(() => sandbox.close());

function call(method: string, path: string, token: string, body?: unknown): Promise<Response> {
  return fetch(`${sandbox.authUrl}${path}`, {
    method,
    headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function roleId(name: string): Promise<string> {
  const body = await json(await get(`${sandbox.authUrl}/roles?name=${name}`, admin));
  return body.roles[0].id as string;
}

describe('Keystone projects (admin)', () => {
  it('creates, renames, disables and deletes a project; duplicates get Keystone’s 409', async () => {
    const created = await call('POST', '/projects', admin, {
      project: { name: 'kt-proj', description: 'd' },
    });
    expect(created.status).toBe(201);
    const project = (await json(created)).project as Json;
    expect(project).toMatchObject({ name: 'kt-proj', domain_id: 'default', enabled: true });

    const dup = await call('POST', '/projects', admin, { project: { name: 'KT-PROJ' } });
    expect(dup.status).toBe(409);
    expect((await json(dup)).error.message).toMatch(
      /^Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is KT-PROJ, project id [0-9a-f]{32}\.$/,
    );

    const patched = await call('PATCH', `/projects/${project.id}`, admin, {
      project: { name: 'kt-proj2', enabled: false },
    });
    expect((await json(patched)).project).toMatchObject({ name: 'kt-proj2', enabled: false });

    expect((await call('DELETE', `/projects/${project.id}`, admin)).status).toBe(204);
    const gone = await call('DELETE', `/projects/${project.id}`, admin);
    expect(gone.status).toBe(404);
    expect((await json(gone)).error.message).toBe(`Could not find project: ${project.id}.`);
  });

  it('refuses a member with the policy rule, and a missing name with the schema text', async () => {
    const res = await call('POST', '/projects', demo, { project: { name: 'x' } });
    expect(res.status).toBe(403);
    expect((await json(res)).error.message).toBe(
      'You are not authorized to perform the requested action: identity:create_project.',
    );
    const bad = await call('POST', '/projects', admin, { project: { description: 'x' } });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.message).toBe("'name' is a required property");
  });
});

describe('Keystone users, grants and sign-in', () => {
  it('a new user with the member role signs in to the project; disabled, refused with 401', async () => {
    const project = (
      await json(await call('POST', '/projects', admin, { project: { name: 'kt-login' } }))
    ).project as Json;
    const res = await call('POST', '/users', admin, {
      user: { name: 'kt-user', password: 'pw-1', email: 'a@b.c', default_project_id: project.id },
    });
    expect(res.status).toBe(201);
    const user = (await json(res)).user as Json;
    expect(user).toMatchObject({ name: 'kt-user', email: 'a@b.c', enabled: true });
    expect(user).not.toHaveProperty('password');

    const dup = await call('POST', '/users', admin, { user: { name: 'kt-user' } });
    expect((await json(dup)).error.message).toBe(
      'Conflict occurred attempting to store user - Duplicate entry found with name kt-user at domain ID default.',
    );

    const renamed = await call('PATCH', `/users/${user.id}`, admin, { user: { name: 'demo' } });
    expect((await json(renamed)).error.message).toBe(
      'Conflict occurred attempting to store user - Duplicate entry found with name demo.',
    );

    const member = await roleId('member');
    const grant = await call(
      'PUT',
      `/projects/${project.id}/users/${user.id}/roles/${member}`,
      admin,
    );
    expect(grant.status).toBe(204);
    const assignments = await json(
      await get(
        `${sandbox.authUrl}/role_assignments?scope.project.id=${project.id}&include_names`,
        admin,
      ),
    );
    expect(assignments.role_assignments).toEqual([
      expect.objectContaining({
        role: { id: member, name: 'member' },
        user: expect.objectContaining({ id: user.id, name: 'kt-user' }),
      }),
    ]);

    const token = await login(sandbox.authUrl, 'kt-user', 'pw-1', 'kt-login');
    const mine = await json(await get(`${sandbox.authUrl}/auth/projects`, token));
    expect(mine.projects.map((p: Json) => p.name)).toEqual(['kt-login']);

    const disabled = await call('PATCH', `/users/${user.id}`, admin, { user: { enabled: false } });
    expect((await json(disabled)).user.enabled).toBe(false);
    const refused = await issue(sandbox.authUrl, { user: 'kt-user', password: 'pw-1' });
    expect(refused.status).toBe(401);
    expect(await json(refused)).toEqual(UNAUTHORIZED);
    expect((await get(`${sandbox.authUrl}/auth/projects`, token)).status).toBe(401);

    await call('PATCH', `/users/${user.id}`, admin, { user: { enabled: true, password: 'pw-2' } });
    expect((await issue(sandbox.authUrl, { user: 'kt-user', password: 'pw-1' })).status).toBe(401);
    expect((await issue(sandbox.authUrl, { user: 'kt-user', password: 'pw-2' })).status).toBe(201);

    const revoke = await call(
      'DELETE',
      `/projects/${project.id}/users/${user.id}/roles/${member}`,
      admin,
    );
    expect(revoke.status).toBe(204);
    const again = await call(
      'DELETE',
      `/projects/${project.id}/users/${user.id}/roles/${member}`,
      admin,
    );
    expect((await json(again)).error.message).toBe(
      `Could not find role assignment with role: ${member}, user or group: ${user.id}, project, domain, or system: ${project.id}.`,
    );
    expect((await call('DELETE', `/users/${user.id}`, admin)).status).toBe(204);
    expect((await call('DELETE', `/projects/${project.id}`, admin)).status).toBe(204);
  });
});

describe('Keystone groups and roles', () => {
  it('groups hold members; roles are created, refused twice and deleted', async () => {
    const group = (await json(await call('POST', '/groups', admin, { group: { name: 'kt-g' } })))
      .group as Json;
    const users = await json(await get(`${sandbox.authUrl}/users?name=demo`, admin));
    const demoId = users.users[0].id as string;
    expect((await call('PUT', `/groups/${group.id}/users/${demoId}`, admin)).status).toBe(204);
    const members = await json(await get(`${sandbox.authUrl}/groups/${group.id}/users`, admin));
    expect(members.users.map((u: Json) => u.name)).toEqual(['demo']);
    // `openstack group contains user` checks with HEAD: 204 for a member, 404 after removal.
    expect((await call('HEAD', `/groups/${group.id}/users/${demoId}`, admin)).status).toBe(204);
    expect((await call('DELETE', `/groups/${group.id}/users/${demoId}`, admin)).status).toBe(204);
    expect((await call('HEAD', `/groups/${group.id}/users/${demoId}`, admin)).status).toBe(404);
    const notMember = await call('GET', `/groups/${group.id}/users/${demoId}`, admin);
    expect((await json(notMember)).error.message).toBe(
      `User '${demoId}' not found in group '${group.id}'`,
    );
    expect((await call('DELETE', `/groups/${group.id}`, admin)).status).toBe(204);

    const role = await call('POST', '/roles', admin, { role: { name: 'kt-role' } });
    expect(role.status).toBe(201);
    const dup = await call('POST', '/roles', admin, { role: { name: 'kt-role' } });
    expect((await json(dup)).error.message).toBe(
      'Conflict occurred attempting to store role - Duplicate entry found with name kt-role.',
    );
    const id = (await json(role)).role.id as string;
    expect((await call('DELETE', `/roles/${id}`, admin)).status).toBe(204);
    const domains = await json(await get(`${sandbox.authUrl}/domains`, admin));
    expect(domains.domains.map((d: Json) => d.id)).toContain('default');
  });
});
