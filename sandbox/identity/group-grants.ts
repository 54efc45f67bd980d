import { requireAdmin } from './admin-common';
import { identityBase, requestUrl, type IdentityDeps } from './context';
import { notFound } from './errors';
import { domainById, projectById } from './lookup';
import { collection } from './refs';
import type { Router } from '../http/router';
import type { SandboxRequest } from '../http/types';
import type { GroupAssignment } from '../state';

// Roles of groups on projects and domains (admins), as Keystone Zed:
// PUT/HEAD/DELETE /v3/{projects|domains}/{id}/groups/{group_id}/roles/{role_id}
// and GET /v3/{projects|domains}/{id}/groups/{group_id}/roles.

type Kind = 'project' | 'domain';

export function addGroupGrantRoutes(router: Router, deps: IdentityDeps): void {
  const state = () => deps.store.state.identity;

  function target(kind: Kind, req: SandboxRequest, withRole: boolean) {
    const s = state();
    const id = req.params.target_id ?? '';
    const groupId = req.params.group_id ?? '';
    const roleId = req.params.role_id ?? '';
    if (withRole && !s.roles.some((r) => r.id === roleId))
      throw notFound(`Could not find role: ${roleId}.`);
    if (!s.groups.some((g) => g.id === groupId))
      throw notFound(`Could not find group: ${groupId}.`);
    if (kind === 'project' && !projectById(s, id)) throw notFound(`Could not find project: ${id}.`);
    if (kind === 'domain' && !domainById(s, id)) throw notFound(`Could not find domain: ${id}.`);
    return { kind, id, groupId, roleId };
  }

  const same = (a: GroupAssignment, g: ReturnType<typeof target>) =>
    a.groupId === g.groupId &&
    a.roleId === g.roleId &&
    a.target.type === g.kind &&
    a.target.id === g.id;

  const missing = (g: ReturnType<typeof target>) =>
    notFound(
      `Could not find role assignment with role: ${g.roleId}, user or group: ${g.groupId}, project, domain, or system: ${g.id}.`,
    );

  for (const kind of ['project', 'domain'] as const) {
    const path = `/v3/${kind}s/{target_id}/groups/{group_id}/roles`;

    router.add('GET', path, (req) => {
      requireAdmin(deps, req, 'list_grants');
      const g = target(kind, req, false);
      const base = identityBase(req);
      const held = new Set(
        state()
          .groupAssignments.filter(
            (a) => a.groupId === g.groupId && a.target.type === kind && a.target.id === g.id,
          )
          .map((a) => a.roleId),
      );
      return {
        status: 200,
        body: collection(
          'roles',
          state()
            .roles.filter((r) => held.has(r.id))
            .map((r) => ({
              id: r.id,
              name: r.name,
              domain_id: null,
              description: null,
              options: {},
              links: { self: `${base}/roles/${r.id}` },
            })),
          requestUrl(req),
        ),
      };
    });

    router.add('PUT', `${path}/{role_id}`, (req) => {
      requireAdmin(deps, req, 'create_grant');
      const g = target(kind, req, true);
      const s = state();
      if (!s.groupAssignments.some((a) => same(a, g)))
        s.groupAssignments.push({
          groupId: g.groupId,
          roleId: g.roleId,
          target: { type: kind, id: g.id },
        });
      deps.store.changed();
      return { status: 204 };
    });

    router.add('HEAD', `${path}/{role_id}`, (req) => {
      requireAdmin(deps, req, 'check_grant');
      const g = target(kind, req, true);
      if (!state().groupAssignments.some((a) => same(a, g))) throw missing(g);
      return { status: 204 };
    });

    router.add('DELETE', `${path}/{role_id}`, (req) => {
      requireAdmin(deps, req, 'revoke_grant');
      const g = target(kind, req, true);
      const s = state();
      if (!s.groupAssignments.some((a) => same(a, g))) throw missing(g);
      s.groupAssignments = s.groupAssignments.filter((a) => !same(a, g));
      deps.store.changed();
      return { status: 204 };
    });
  }
}
