import { uuidHex } from '../ids';
import { sameName } from '../names';
import {
  callerDomain,
  assertUniqueName,
  nameField,
  requireAdmin,
  resourceBody,
  stringField,
} from './admin-common';
import { identityBase, requestUrl, type IdentityDeps } from './context';
import { notFound } from './errors';
import { domainById, userById } from './lookup';
import { collection, userRef } from './refs';
import type { Router } from '../http/router';
import type { Group } from '../state';

// /v3/groups and their members (admins), as Keystone Zed.

const NAME_MAX = 64;

function groupRef(group: Group, base: string): Record<string, unknown> {
  return {
    id: group.id,
    name: group.name,
    domain_id: group.domainId,
    description: group.description,
    links: { self: `${base}/groups/${group.id}` },
  };
}

export function addGroupRoutes(router: Router, deps: IdentityDeps): void {
  const state = () => deps.store.state.identity;

  function findGroup(id: string): Group {
    const group = state().groups.find((g) => g.id === id);
    if (!group) throw notFound(`Could not find group: ${id}.`);
    return group;
  }

  router.add('GET', '/v3/groups', (req) => {
    requireAdmin(deps, req, 'list_groups');
    const name = req.query.get('name');
    const base = identityBase(req);
    const groups = [...state().groups]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .filter((g) => name === null || sameName(g.name, name));
    return {
      status: 200,
      body: collection(
        'groups',
        groups.map((g) => groupRef(g, base)),
        requestUrl(req),
      ),
    };
  });

  router.add('POST', '/v3/groups', (req) => {
    const caller = requireAdmin(deps, req, 'create_group');
    const body = resourceBody(req, 'group');
    const name = nameField(body, NAME_MAX, true) ?? '';
    const description = stringField(body, 'description') ?? '';
    const domainId = stringField(body, 'domain_id', false) ?? callerDomain(deps, caller);
    if (!domainById(state(), domainId)) throw notFound(`Could not find domain: ${domainId}.`);
    assertUniqueName(state().groups, 'group', name, domainId);
    const group: Group = { id: uuidHex(), name, domainId, description };
    state().groups.push(group);
    deps.store.changed();
    return { status: 201, body: { group: groupRef(group, identityBase(req)) } };
  });

  router.add('GET', '/v3/groups/{group_id}', (req) => {
    requireAdmin(deps, req, 'get_group');
    return {
      status: 200,
      body: { group: groupRef(findGroup(req.params.group_id ?? ''), identityBase(req)) },
    };
  });

  router.add('PATCH', '/v3/groups/{group_id}', (req) => {
    requireAdmin(deps, req, 'update_group');
    const body = resourceBody(req, 'group');
    const name = nameField(body, NAME_MAX, false);
    const description = stringField(body, 'description');
    const group = findGroup(req.params.group_id ?? '');
    if (name !== undefined) {
      assertUniqueName(state().groups, 'group', name, group.domainId, group.id);
      group.name = name;
    }
    if (description !== undefined) group.description = description ?? '';
    deps.store.changed();
    return { status: 200, body: { group: groupRef(group, identityBase(req)) } };
  });

  router.add('DELETE', '/v3/groups/{group_id}', (req) => {
    requireAdmin(deps, req, 'delete_group');
    const group = findGroup(req.params.group_id ?? '');
    const s = state();
    s.groups = s.groups.filter((g) => g.id !== group.id);
    s.groupMembers = s.groupMembers.filter((m) => m.groupId !== group.id);
    s.groupAssignments = s.groupAssignments.filter((a) => a.groupId !== group.id);
    deps.store.changed();
    return { status: 204 };
  });

  router.add('GET', '/v3/groups/{group_id}/users', (req) => {
    requireAdmin(deps, req, 'list_users_in_group');
    const group = findGroup(req.params.group_id ?? '');
    const s = state();
    const ids = new Set(s.groupMembers.filter((m) => m.groupId === group.id).map((m) => m.userId));
    const base = identityBase(req);
    return {
      status: 200,
      body: collection(
        'users',
        s.users
          .filter((u) => ids.has(u.id))
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .map((u) => userRef(u, base)),
        requestUrl(req),
      ),
    };
  });

  function member(deps2: IdentityDeps, groupId: string, userId: string) {
    const group = findGroup(groupId);
    if (!userById(deps2.store.state.identity, userId))
      throw notFound(`Could not find user: ${userId}.`);
    return group;
  }

  router.add('PUT', '/v3/groups/{group_id}/users/{user_id}', (req) => {
    requireAdmin(deps, req, 'add_user_to_group');
    const userId = req.params.user_id ?? '';
    const group = member(deps, req.params.group_id ?? '', userId);
    const s = state();
    if (!s.groupMembers.some((m) => m.groupId === group.id && m.userId === userId))
      s.groupMembers.push({ groupId: group.id, userId });
    deps.store.changed();
    return { status: 204 };
  });

  // Check user in group (`openstack group contains user` sends HEAD): 204 or 404.
  for (const method of ['HEAD', 'GET'] as const)
    router.add(method, '/v3/groups/{group_id}/users/{user_id}', (req) => {
      requireAdmin(deps, req, 'check_user_in_group');
      const userId = req.params.user_id ?? '';
      const group = member(deps, req.params.group_id ?? '', userId);
      if (!state().groupMembers.some((m) => m.groupId === group.id && m.userId === userId))
        throw notFound(`User '${userId}' not found in group '${group.id}'`);
      return { status: 204 };
    });

  router.add('DELETE', '/v3/groups/{group_id}/users/{user_id}', (req) => {
    requireAdmin(deps, req, 'remove_user_from_group');
    const userId = req.params.user_id ?? '';
    const group = member(deps, req.params.group_id ?? '', userId);
    const s = state();
    if (!s.groupMembers.some((m) => m.groupId === group.id && m.userId === userId))
      throw notFound(`User '${userId}' not found in group '${group.id}'`);
    s.groupMembers = s.groupMembers.filter((m) => !(m.groupId === group.id && m.userId === userId));
    deps.store.changed();
    return { status: 204 };
  });
}
