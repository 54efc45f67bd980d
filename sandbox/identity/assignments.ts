import type { Assignment, IdentityState, Project, Role } from '../state';

export type AssignmentTarget = Assignment['target'];

function sameTarget(a: AssignmentTarget, b: AssignmentTarget): boolean {
  if (a.type !== b.type) return false;
  return a.type === 'system' || (b.type !== 'system' && a.id === b.id);
}

/** Follows implied roles (admin -> member -> reader, as keystone-manage bootstrap sets up). */
export function expandImpliedRoles(state: IdentityState, roleIds: readonly string[]): string[] {
  const result = [...roleIds];
  for (let i = 0; i < result.length; i += 1) {
    for (const rule of state.impliedRoles) {
      if (rule.priorRoleId === result[i] && !result.includes(rule.impliedRoleId))
        result.push(rule.impliedRoleId);
    }
  }
  return result;
}

/** The user's own assignments, then those of the groups they belong to (as Keystone's effective list). */
export function userAssignments(state: IdentityState, userId: string): Assignment[] {
  const groups = new Set(
    state.groupMembers.filter((m) => m.userId === userId).map((m) => m.groupId),
  );
  return [
    ...state.assignments.filter((a) => a.userId === userId),
    ...state.groupAssignments
      .filter((g) => groups.has(g.groupId))
      .map((g) => ({ userId, roleId: g.roleId, target: g.target })),
  ];
}

/** Effective roles of a user on a target, direct ones first. */
export function effectiveRoles(
  state: IdentityState,
  userId: string,
  target: AssignmentTarget,
): Role[] {
  const direct = [
    ...new Set(
      userAssignments(state, userId)
        .filter((a) => sameTarget(a.target, target))
        .map((a) => a.roleId),
    ),
  ];
  return expandImpliedRoles(state, direct)
    .map((id) => state.roles.find((r) => r.id === id))
    .filter((r): r is Role => r !== undefined);
}

/** Projects the user holds any role on, in id order (InnoDB's primary-key order). */
export function projectsForUser(state: IdentityState, userId: string): Project[] {
  const ids = new Set(
    userAssignments(state, userId)
      .filter((a) => a.target.type === 'project')
      .map((a) => (a.target.type === 'project' ? a.target.id : '')),
  );
  return state.projects
    .filter((p) => ids.has(p.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function domainsForUser(state: IdentityState, userId: string): string[] {
  return [
    ...new Set(
      userAssignments(state, userId).flatMap((a) =>
        a.target.type === 'domain' ? [a.target.id] : [],
      ),
    ),
  ];
}
