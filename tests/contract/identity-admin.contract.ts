// Keystone's admin calls (lib/openstack/identity/projects.ts, users.ts, groups.ts,
// roles.ts, project-quotas.ts) against the target cloud: what an administrator does
// in Identity → Projects, Users, Groups and Roles, and what a member is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '@/lib/keystone-login';
import type { Api } from '@/lib/openstack/api';
import { apiFor, authUrl, session, unique } from './context';
import { failure } from './failure';

let api: Api;
let admin: Api;
const undo: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  api = await apiFor(await session('demo'));
  admin = await apiFor(await session('admin'));
});

afterAll(async () => {
  for (const step of undo.reverse()) await step().catch(() => undefined);
});

function signIn(username: string, password: string) {
  return login(
    { id: 'target', name: 'target', authUrl: authUrl() },
    { username, password, domain: 'Default' },
  );
}

describe('projects and users', () => {
  it('creates a project and a member of it who signs in to it; disabled, the user is refused', async () => {
    const projectName = unique('proj');
    const project = await admin.identity.createProject({
      name: projectName,
      description: 'contract',
      domainId: 'default',
    });
    undo.push(() => admin.identity.deleteProject(project.id));
    expect(project).toMatchObject({ name: projectName, domain_id: 'default', enabled: true });

    const dupProject = await failure(admin.identity.createProject({ name: projectName }));
    expect(dupProject.status).toBe(409);
    expect(dupProject.message).toMatch(
      new RegExp(
        `^Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is ${projectName}, project id [0-9a-f]{32}\\.$`,
      ),
    );

    const userName = unique('user');
    const user = await admin.identity.createUser({
      name: userName,
      password: 'Contract-pw-1',
      email: 'contract@example.org',
      defaultProjectId: project.id,
    });
    undo.push(() => admin.identity.deleteUser(user.id));
    expect(user).toMatchObject({
      name: userName,
      email: 'contract@example.org',
      default_project_id: project.id,
      enabled: true,
    });
    const dupUser = await failure(admin.identity.createUser({ name: userName }));
    expect(dupUser.status).toBe(409);
    expect(dupUser.message).toBe(
      `Conflict occurred attempting to store user - Duplicate entry found with name ${userName} at domain ID default.`,
    );

    const member = (await admin.identity.listRoles()).find((r) => r.name === 'member');
    expect(member).toBeDefined();
    await admin.identity.grantProjectRole(project.id, { user: user.id }, member?.id ?? '');
    const assignments = await admin.identity.listProjectRoleAssignments(project.id);
    expect(assignments).toEqual([
      expect.objectContaining({
        role: expect.objectContaining({ id: member?.id, name: 'member' }),
        user: expect.objectContaining({ id: user.id, name: userName }),
      }),
    ]);

    const token = await signIn(userName, 'Contract-pw-1');
    expect(token.project).toEqual({ id: project.id, name: projectName });
    const own = await apiFor(token);
    expect((await own.identity.listMyProjects()).map((p) => p.name)).toEqual([projectName]);
    const refused = await failure(own.identity.listUsers());
    expect(refused.status).toBe(403);
    expect(refused.message).toBe(
      'You are not authorized to perform the requested action: identity:list_users.',
    );

    await admin.identity.updateUser(user.id, { enabled: false });
    await expect(signIn(userName, 'Contract-pw-1')).rejects.toThrow();
    await admin.identity.updateUser(user.id, { enabled: true, password: 'Contract-pw-2' });
    await expect(signIn(userName, 'Contract-pw-1')).rejects.toThrow();
    // Keystone revokes the user's tokens to the second: a token issued in the same second
    // as the change is refused once it is used, so the new sign-in may need a second go.
    await expect
      .poll(
        () =>
          signIn(userName, 'Contract-pw-2').then(
            (t) => t.user.name,
            (e: unknown) => String(e),
          ),
        { timeout: 10_000, interval: 1_000 },
      )
      .toBe(userName);

    await admin.identity.revokeProjectRole(project.id, { user: user.id }, member?.id ?? '');
    expect(await admin.identity.listProjectRoleAssignments(project.id)).toEqual([]);

    const renamed = await admin.identity.updateProject(project.id, {
      description: 'changed',
      enabled: false,
    });
    expect(renamed).toMatchObject({ description: 'changed', enabled: false });

    await admin.identity.deleteUser(user.id);
    const goneUser = await failure(admin.identity.getUser(user.id));
    expect(goneUser.status).toBe(404);
    expect(goneUser.message).toBe(`Could not find user: ${user.id}.`);
    await admin.identity.deleteProject(project.id);
    const goneProject = await failure(admin.identity.deleteProject(project.id));
    expect(goneProject.status).toBe(404);
    expect(goneProject.message).toBe(`Could not find project: ${project.id}.`);
  });

  it('refuses a member the admin calls with the policy rule', async () => {
    const refused = await failure(api.identity.createProject({ name: unique('proj') }));
    expect(refused.status).toBe(403);
    expect(refused.message).toBe(
      'You are not authorized to perform the requested action: identity:create_project.',
    );
    const mine = await api.identity.listMyProjects();
    expect(mine.map((p) => p.name)).toContain('demo');
  });

  it('sets a project’s compute, volume and network quotas; Nova refuses a limit below usage', async () => {
    const project = await admin.identity.createProject({ name: unique('quota') });
    undo.push(() => admin.identity.deleteProject(project.id));
    await admin.identity.updateComputeQuotas(project.id, { instances: 3, cores: 6 });
    await admin.volume.updateVolumeQuotas(project.id, { volumes: 4 });
    await admin.network.updateNetworkQuota(project.id, { network: 2 });
    const compute = await admin.compute.getComputeQuotaUsage(project.id);
    expect(compute.instances?.limit).toBe(3);
    expect(compute.cores?.limit).toBe(6);
    expect((await admin.volume.getVolumeQuotaUsage(project.id)).volumes?.limit).toBe(4);
    expect((await admin.network.getNetworkQuota(project.id)).network).toBe(2);
    await admin.network.resetNetworkQuota(project.id);

    // A member of the project makes a server group: Nova counts it and refuses a limit of 0.
    const userName = unique('quser');
    const user = await admin.identity.createUser({
      name: userName,
      password: 'Contract-pw-1',
      defaultProjectId: project.id,
    });
    undo.push(() => admin.identity.deleteUser(user.id));
    const member = (await admin.identity.listRoles()).find((r) => r.name === 'member');
    await admin.identity.grantProjectRole(project.id, { user: user.id }, member?.id ?? '');
    const own = await apiFor(await signIn(userName, 'Contract-pw-1'));
    const group = await own.compute.createServerGroup({
      name: unique('sg'),
      policy: 'soft-anti-affinity',
    });
    undo.push(() => own.compute.deleteServerGroup(group.id));
    const below = await failure(
      admin.identity.updateComputeQuotas(project.id, { server_groups: 0 }),
    );
    expect(below.status).toBe(400);
    expect(below.message).toBe(
      'Quota limit 0 for server_groups must be greater than or equal to already used and reserved 1.',
    );
  });
});

describe('groups and roles', () => {
  it('creates a group, adds and removes a member, deletes it', async () => {
    const name = unique('group');
    const group = await admin.identity.createGroup({ name, description: 'contract' });
    undo.push(() => admin.identity.deleteGroup(group.id));
    const dup = await failure(admin.identity.createGroup({ name }));
    expect(dup.status).toBe(409);
    expect(dup.message).toBe(
      `Conflict occurred attempting to store group - Duplicate entry found with name ${name} at domain ID default.`,
    );
    const demo = (await admin.identity.listUsers({ name: 'demo' }))[0];
    expect(demo).toBeDefined();
    await admin.identity.addGroupUser(group.id, demo?.id ?? '');
    expect((await admin.identity.listGroupUsers(group.id)).map((u) => u.name)).toEqual(['demo']);
    await admin.identity.removeGroupUser(group.id, demo?.id ?? '');
    expect(await admin.identity.listGroupUsers(group.id)).toEqual([]);
    await admin.identity.updateGroup(group.id, { description: 'changed' });
    expect((await admin.identity.getGroup(group.id)).description).toBe('changed');
    await admin.identity.deleteGroup(group.id);
    const gone = await failure(admin.identity.getGroup(group.id));
    expect(gone.message).toBe(`Could not find group: ${group.id}.`);
  });

  it('creates a role, refuses its name twice, deletes it; lists the domains', async () => {
    const name = unique('role');
    const role = await admin.identity.createRole({ name });
    undo.push(() => admin.identity.deleteRole(role.id));
    const dup = await failure(admin.identity.createRole({ name }));
    expect(dup.status).toBe(409);
    expect(dup.message).toBe(
      `Conflict occurred attempting to store role - Duplicate entry found with name ${name}.`,
    );
    await admin.identity.deleteRole(role.id);
    expect((await admin.identity.listRoles()).map((r) => r.name)).not.toContain(name);
    expect((await admin.identity.listDomains()).map((d) => d.id)).toContain('default');
  });
});
