// Keystone's role assignments (lib/openstack/identity/roles.ts, groups.ts) against the
// target cloud: a group's role on a project, GET /v3/role_assignments with its filters,
// include_names and effective, and what the group's member then holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '@/lib/keystone-login';
import type { Api } from '@/lib/openstack/api';
import { apiFor, authUrl, session, unique } from './context';
import { failure } from './failure';

let admin: Api;
const undo: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  admin = await apiFor(await session('admin'));
});

afterAll(async () => {
  for (const step of undo.reverse()) await step().catch(() => undefined);
});

const signIn = (username: string, password: string) =>
  login(
    { id: 'target', name: 'target', authUrl: authUrl() },
    { username, password, domain: 'Default' },
  );

describe('role assignments', () => {
  it('a group role on a project: listed for the group, effective for its member, revoked', async () => {
    const project = await admin.identity.createProject({ name: unique('gproj') });
    undo.push(() => admin.identity.deleteProject(project.id));
    const userName = unique('guser');
    const user = await admin.identity.createUser({ name: userName, password: 'Contract-pw-1' });
    undo.push(() => admin.identity.deleteUser(user.id));
    const groupName = unique('group');
    const group = await admin.identity.createGroup({ name: groupName });
    undo.push(() => admin.identity.deleteGroup(group.id));
    await admin.identity.addGroupUser(group.id, user.id);
    const roles = await admin.identity.listRoles();
    const member = roles.find((r) => r.name === 'member');
    const reader = roles.find((r) => r.name === 'reader');
    expect(member && reader).toBeTruthy();
    const memberId = member?.id ?? '';

    // Without a role the user cannot sign in to the project.
    expect(await admin.identity.listUserProjects(user.id)).toEqual([]);

    await admin.identity.grantProjectRole(project.id, { group: group.id }, memberId);
    const direct = await admin.identity.listProjectRoleAssignments(project.id);
    expect(direct).toEqual([
      {
        links: {
          assignment: expect.stringMatching(
            `/v3/projects/${project.id}/groups/${group.id}/roles/${memberId}$`,
          ),
        },
        role: { id: memberId, name: 'member' },
        group: { id: group.id, name: groupName },
        scope: {
          project: { id: project.id, name: project.name },
        },
      },
    ]);
    // Without include_names: ids only.
    const bare = await admin.identity.listRoleAssignments({ group: group.id, names: false });
    expect(bare).toEqual([
      {
        links: { assignment: expect.stringMatching(`/groups/${group.id}/roles/${memberId}$`) },
        role: { id: memberId },
        group: { id: group.id },
        scope: { project: { id: project.id } },
      },
    ]);

    // effective: the member holds the role through the group, and the roles it implies.
    const effective = await admin.identity.listRoleAssignments({
      project: project.id,
      effective: true,
    });
    const held = effective.map((a) => ({ user: a.user?.id, role: a.role.name, group: a.group }));
    expect(held).toEqual(
      expect.arrayContaining([
        { user: user.id, role: 'member', group: undefined },
        { user: user.id, role: 'reader', group: undefined },
      ]),
    );
    const viaGroup = effective.find((a) => a.role.id === memberId);
    expect(viaGroup?.links).toEqual({
      assignment: expect.stringMatching(
        `/v3/projects/${project.id}/groups/${group.id}/roles/${memberId}$`,
      ),
      membership: expect.stringMatching(`/v3/groups/${group.id}/users/${user.id}$`),
    });
    const implied = effective.find((a) => a.role.id === reader?.id);
    expect(implied?.links?.prior_role).toMatch(
      new RegExp(`/v3/prior_role/${reader?.id ?? ''}/implies/${memberId}$`),
    );

    const byUser = await admin.identity.listRoleAssignments({ user: user.id, effective: true });
    expect(byUser.map((a) => a.scope.project?.id)).toEqual(expect.arrayContaining([project.id]));
    expect(await admin.identity.listRoleAssignments({ user: user.id })).toEqual([]);
    expect(
      (await admin.identity.listRoleAssignments({ role: memberId, project: project.id })).map(
        (a) => a.group?.id,
      ),
    ).toEqual([group.id]);

    const both = await failure(
      admin.identity.listRoleAssignments({ group: group.id, effective: true }),
    );
    expect(both.status).toBe(400);
    expect(both.message).toBe(
      'Combining effective and group filter will always result in an empty list.',
    );

    // The member signs in to the project and lists it as theirs.
    expect((await admin.identity.listUserProjects(user.id)).map((p) => p.id)).toEqual([project.id]);
    const token = await signIn(userName, 'Contract-pw-1');
    const own = await apiFor(token);
    expect((await own.identity.listMyProjects()).map((p) => p.id)).toEqual([project.id]);

    await admin.identity.revokeProjectRole(project.id, { group: group.id }, memberId);
    expect(await admin.identity.listProjectRoleAssignments(project.id)).toEqual([]);
    const again = await failure(
      admin.identity.revokeProjectRole(project.id, { group: group.id }, memberId),
    );
    expect(again.status).toBe(404);
    expect(again.message).toBe(
      `Could not find role assignment with role: ${memberId}, user or group: ${group.id}, project, domain, or system: ${project.id}.`,
    );
    expect(await admin.identity.listUserProjects(user.id)).toEqual([]);
  });

  it('a user with two roles on a project: one revoked, then the other', async () => {
    const project = await admin.identity.createProject({ name: unique('uproj') });
    undo.push(() => admin.identity.deleteProject(project.id));
    const user = await admin.identity.createUser({ name: unique('uuser') });
    undo.push(() => admin.identity.deleteUser(user.id));
    const roles = await admin.identity.listRoles();
    const ids = ['member', 'reader'].map((n) => roles.find((r) => r.name === n)?.id ?? '');
    for (const id of ids) await admin.identity.grantProjectRole(project.id, { user: user.id }, id);
    const names = async () =>
      (await admin.identity.listRoleAssignments({ user: user.id, project: project.id }))
        .map((a) => a.role.name)
        .sort();
    expect(await names()).toEqual(['member', 'reader']);
    await admin.identity.revokeProjectRole(project.id, { user: user.id }, ids[1] ?? '');
    expect(await names()).toEqual(['member']);
    await admin.identity.revokeProjectRole(project.id, { user: user.id }, ids[0] ?? '');
    expect(await names()).toEqual([]);
    const missing = await failure(
      admin.identity.grantProjectRole(project.id, { user: user.id }, 'nosuchrole'),
    );
    expect(missing.status).toBe(404);
    expect(missing.message).toBe('Could not find role: nosuchrole.');
  });
});
