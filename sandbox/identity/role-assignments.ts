import { requireAdmin } from './admin-common';
import { identityBase, requestUrl, type IdentityDeps } from './context';
import { schemaError } from './errors';
import { domainById, projectById, userById } from './lookup';
import type { SandboxRequest, SandboxResponse } from '../http/types';
import type { Assignment, GroupAssignment, IdentityState } from '../state';

// GET /v3/role_assignments as Keystone Zed answers it (keystone/api/role_assignments.py):
// user and group assignments; `effective` replaces a group's rows by one per member
// (links.membership) and adds the implied roles (links.prior_role); `include_names`
// adds names and domains; filters user.id, group.id, role.id, scope.project.id,
// scope.domain.id, scope.system.

type Target = Assignment['target'];

/** One row before formatting: the actor, the role and where the row came from. */
interface Row {
  userId?: string;
  groupId?: string;
  roleId: string;
  target: Target;
  /** The group the user holds the role through (effective). */
  viaGroup?: string;
  /** The role this one is implied by (effective). */
  priorRoleId?: string;
}

/** Keystone's query flag: present and not "0"/"false" (keystone/api/_shared). */
function flag(req: SandboxRequest, name: string): boolean {
  if (!req.query.has(name)) return false;
  const v = (req.query.get(name) ?? '').toLowerCase();
  return v !== '0' && v !== 'false';
}

function directRows(s: IdentityState): Row[] {
  return [
    ...s.assignments.map((a): Row => ({ userId: a.userId, roleId: a.roleId, target: a.target })),
    ...s.groupAssignments.map((g: GroupAssignment): Row => ({
      groupId: g.groupId,
      roleId: g.roleId,
      target: g.target,
    })),
  ];
}

function withImplied(s: IdentityState, row: Row): Row[] {
  const out: Row[] = [row];
  const seen = new Set([row.roleId]);
  for (let i = 0; i < out.length; i += 1) {
    const prior = out[i]?.roleId ?? '';
    for (const rule of s.impliedRoles) {
      if (rule.priorRoleId !== prior || seen.has(rule.impliedRoleId)) continue;
      seen.add(rule.impliedRoleId);
      out.push({ ...row, roleId: rule.impliedRoleId, priorRoleId: prior });
    }
  }
  return out;
}

function effectiveRows(s: IdentityState): Row[] {
  return directRows(s).flatMap((row) => {
    const users =
      row.groupId === undefined
        ? [row]
        : s.groupMembers
            .filter((m) => m.groupId === row.groupId)
            .map((m): Row => ({
              userId: m.userId,
              roleId: row.roleId,
              target: row.target,
              viaGroup: row.groupId,
            }));
    return users.flatMap((r) => withImplied(s, r));
  });
}

function sameTarget(t: Target, projectId: string | null, domainId: string | null, system: boolean) {
  if (projectId !== null) return t.type === 'project' && t.id === projectId;
  if (domainId !== null) return t.type === 'domain' && t.id === domainId;
  if (system) return t.type === 'system';
  return true;
}

export function listRoleAssignments(deps: IdentityDeps, req: SandboxRequest): SandboxResponse {
  requireAdmin(deps, req, 'list_role_assignments');
  const s = deps.store.state.identity;
  const base = identityBase(req);
  const q = (k: string) => req.query.get(k);
  const projectId = q('scope.project.id');
  const domainId = q('scope.domain.id');
  const system = req.query.has('scope.system');
  const userId = q('user.id');
  const groupId = q('group.id');
  const roleId = q('role.id');
  const effective = flag(req, 'effective');
  const names = flag(req, 'include_names');
  if (userId !== null && groupId !== null) throw schemaError('Specify a user or group, not both');
  if (projectId !== null && domainId !== null)
    throw schemaError('Specify a domain or project, not both');
  if (effective && groupId !== null)
    throw schemaError('Combining effective and group filter will always result in an empty list.');

  const named = (id: string, name: string | undefined) => (names ? { id, name } : { id });
  const domainOf = (id: string) => (names ? { domain: { id, name: domainById(s, id)?.name } } : {});

  const rows = (effective ? effectiveRows(s) : directRows(s))
    .filter((r) => sameTarget(r.target, projectId, domainId, system))
    .filter((r) => userId === null || r.userId === userId)
    .filter((r) => groupId === null || r.groupId === groupId)
    .filter((r) => roleId === null || r.roleId === roleId);

  const formatted = rows.map((r) => {
    const entity: Record<string, unknown> = {};
    const links: Record<string, string> = {};
    let link = '';
    if (r.target.type === 'project') {
      const p = projectById(s, r.target.id);
      entity.scope = {
        project: { ...named(r.target.id, p?.name), ...domainOf(p?.domainId ?? '') },
      };
      link = `/projects/${r.target.id}`;
    } else if (r.target.type === 'domain') {
      entity.scope = { domain: named(r.target.id, domainById(s, r.target.id)?.name) };
      link = `/domains/${r.target.id}`;
    } else {
      entity.scope = { system: { all: true } };
      link = '/system';
    }
    if (r.userId !== undefined) {
      const user = userById(s, r.userId);
      entity.user = { ...named(r.userId, user?.name), ...domainOf(user?.domainId ?? '') };
      if (r.viaGroup !== undefined) {
        links.membership = `${base}/groups/${r.viaGroup}/users/${r.userId}`;
        link += `/groups/${r.viaGroup}`;
      } else link += `/users/${r.userId}`;
    } else if (r.groupId !== undefined) {
      const group = s.groups.find((g) => g.id === r.groupId);
      entity.group = { ...named(r.groupId, group?.name), ...domainOf(group?.domainId ?? '') };
      link += `/groups/${r.groupId}`;
    }
    entity.role = named(r.roleId, s.roles.find((x) => x.id === r.roleId)?.name);
    link += `/roles/${r.priorRoleId ?? r.roleId}`;
    links.assignment = `${base}${link}`;
    if (r.priorRoleId !== undefined)
      links.prior_role = `${base}/prior_role/${r.roleId}/implies/${r.priorRoleId}`;
    return { links, ...entity };
  });
  return {
    status: 200,
    body: {
      role_assignments: formatted,
      links: { self: requestUrl(req), previous: null, next: null },
    },
  };
}
