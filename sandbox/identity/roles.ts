import { uuidHex } from '../ids';
import { sameName } from '../names';
import { conflict, nameField, requireAdmin, resourceBody, stringField } from './admin-common';
import { identityBase, requestUrl, type IdentityDeps } from './context';
import { KeystoneError, notFound } from './errors';
import { projectById, userById } from './lookup';
import { collection } from './refs';
import { listRoleAssignments } from './role-assignments';
import type { Router } from '../http/router';
import type { Assignment, Domain, Role } from '../state';

// /v3/roles, /v3/role_assignments (project scope), project grants for users and
// /v3/domains (admins), as Keystone Zed.

const NAME_MAX = 255;

function roleRef(role: Role, base: string): Record<string, unknown> {
  return {
    id: role.id,
    name: role.name,
    domain_id: null,
    description: null,
    options: {},
    links: { self: `${base}/roles/${role.id}` },
  };
}

function domainRef(domain: Domain, base: string): Record<string, unknown> {
  return {
    id: domain.id,
    name: domain.name,
    description: domain.description,
    enabled: domain.enabled,
    tags: [],
    options: {},
    links: { self: `${base}/domains/${domain.id}` },
  };
}

export function addRoleRoutes(router: Router, deps: IdentityDeps): void {
  const state = () => deps.store.state.identity;

  router.add('GET', '/v3/roles', (req) => {
    requireAdmin(deps, req, 'list_roles');
    const name = req.query.get('name');
    const base = identityBase(req);
    const roles = [...state().roles]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .filter((r) => name === null || sameName(r.name, name));
    return {
      status: 200,
      body: collection(
        'roles',
        roles.map((r) => roleRef(r, base)),
        requestUrl(req),
      ),
    };
  });

  router.add('POST', '/v3/roles', (req) => {
    requireAdmin(deps, req, 'create_role');
    const body = resourceBody(req, 'role');
    const name = nameField(body, NAME_MAX, true) ?? '';
    stringField(body, 'description');
    if (state().roles.some((r) => sameName(r.name, name))) throw conflict('role', name);
    const role: Role = { id: uuidHex(), name };
    state().roles.push(role);
    deps.store.changed();
    return { status: 201, body: { role: roleRef(role, identityBase(req)) } };
  });

  router.add('GET', '/v3/roles/{role_id}', (req) => {
    requireAdmin(deps, req, 'get_role');
    const id = req.params.role_id ?? '';
    const role = state().roles.find((r) => r.id === id);
    if (!role) throw notFound(`Could not find role: ${id}.`);
    return { status: 200, body: { role: roleRef(role, identityBase(req)) } };
  });

  router.add('DELETE', '/v3/roles/{role_id}', (req) => {
    requireAdmin(deps, req, 'delete_role');
    const id = req.params.role_id ?? '';
    const s = state();
    if (!s.roles.some((r) => r.id === id)) throw notFound(`Could not find role: ${id}.`);
    s.roles = s.roles.filter((r) => r.id !== id);
    s.assignments = s.assignments.filter((a) => a.roleId !== id);
    s.groupAssignments = s.groupAssignments.filter((a) => a.roleId !== id);
    s.impliedRoles = s.impliedRoles.filter((i) => i.priorRoleId !== id && i.impliedRoleId !== id);
    deps.store.changed();
    return { status: 204 };
  });

  router.add('GET', '/v3/domains', (req) => {
    requireAdmin(deps, req, 'list_domains');
    const base = identityBase(req);
    return {
      status: 200,
      body: collection(
        'domains',
        [...state().domains].sort((a, b) => (a.id < b.id ? -1 : 1)).map((d) => domainRef(d, base)),
        requestUrl(req),
      ),
    };
  });

  router.add('GET', '/v3/role_assignments', (req) => listRoleAssignments(deps, req));

  function grantTarget(req: { params: Record<string, string | undefined> }) {
    const s = state();
    const projectId = req.params.project_id ?? '';
    const userId = req.params.user_id ?? '';
    const roleId = req.params.role_id ?? '';
    if (!s.roles.some((r) => r.id === roleId)) throw notFound(`Could not find role: ${roleId}.`);
    if (!userById(s, userId)) throw notFound(`Could not find user: ${userId}.`);
    if (!projectById(s, projectId)) throw notFound(`Could not find project: ${projectId}.`);
    return { projectId, userId, roleId };
  }

  const same = (a: Assignment, g: { projectId: string; userId: string; roleId: string }) =>
    a.userId === g.userId &&
    a.roleId === g.roleId &&
    a.target.type === 'project' &&
    a.target.id === g.projectId;

  router.add('PUT', '/v3/projects/{project_id}/users/{user_id}/roles/{role_id}', (req) => {
    requireAdmin(deps, req, 'create_grant');
    const g = grantTarget(req);
    const s = state();
    if (!s.assignments.some((a) => same(a, g)))
      s.assignments.push({
        userId: g.userId,
        roleId: g.roleId,
        target: { type: 'project', id: g.projectId },
      });
    deps.store.changed();
    return { status: 204 };
  });

  router.add('HEAD', '/v3/projects/{project_id}/users/{user_id}/roles/{role_id}', (req) => {
    requireAdmin(deps, req, 'check_grant');
    const g = grantTarget(req);
    if (!state().assignments.some((a) => same(a, g)))
      throw notFound(
        `Could not find role assignment with role: ${g.roleId}, user or group: ${g.userId}, project, domain, or system: ${g.projectId}.`,
      );
    return { status: 204 };
  });

  router.add('DELETE', '/v3/projects/{project_id}/users/{user_id}/roles/{role_id}', (req) => {
    requireAdmin(deps, req, 'revoke_grant');
    const g = grantTarget(req);
    const s = state();
    if (!s.assignments.some((a) => same(a, g)))
      throw new KeystoneError(
        404,
        'Not Found',
        `Could not find role assignment with role: ${g.roleId}, user or group: ${g.userId}, project, domain, or system: ${g.projectId}.`,
      );
    s.assignments = s.assignments.filter((a) => !same(a, g));
    deps.store.changed();
    return { status: 204 };
  });
}
