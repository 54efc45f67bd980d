// Keystone roles, role assignments and domains. api-ref: identity v3, "Roles",
// "Role assignments", "Domains".
import {
  identityDomainListSchema,
  identityRoleBodySchema,
  identityRoleListSchema,
  roleAssignmentListSchema,
  type IdentityDomain,
  type IdentityRole,
  type RoleAssignment,
} from './admin-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';

export type Actor = { user: string } | { group: string };

function actorPath(actor: Actor): string {
  return 'user' in actor ? `users/${seg(actor.user)}` : `groups/${seg(actor.group)}`;
}

export function identityRolesApi(t: Transport) {
  return {
    async listRoles(): Promise<IdentityRole[]> {
      const body = await osFetch(
        t,
        { service: 'identity', path: '/roles' },
        identityRoleListSchema,
      );
      return [...body.roles].sort((a, b) => a.name.localeCompare(b.name));
    },

    async createRole(input: { name: string; description?: string }): Promise<IdentityRole> {
      const role: Record<string, unknown> = { name: input.name };
      if (input.description) role.description = input.description;
      return (
        await osFetch(
          t,
          { service: 'identity', method: 'POST', path: '/roles', body: { role } },
          identityRoleBodySchema,
        )
      ).role;
    },

    async deleteRole(id: string): Promise<void> {
      await osSend(t, { service: 'identity', method: 'DELETE', path: `/roles/${seg(id)}` });
    },

    /** GET /v3/role_assignments?scope.project.id=…&include_names (admins). */
    async listProjectRoleAssignments(projectId: string): Promise<RoleAssignment[]> {
      return (
        await osFetch(
          t,
          {
            service: 'identity',
            path: '/role_assignments',
            query: { 'scope.project.id': projectId, include_names: true },
          },
          roleAssignmentListSchema,
        )
      ).role_assignments;
    },

    /** GET /v3/role_assignments?include_names: every assignment of the cloud (admins; Class Progress). */
    async listRoleAssignments(): Promise<RoleAssignment[]> {
      return (
        await osFetch(
          t,
          { service: 'identity', path: '/role_assignments', query: { include_names: true } },
          roleAssignmentListSchema,
        )
      ).role_assignments;
    },

    /** PUT /v3/projects/{project_id}/{users|groups}/{id}/roles/{role_id} */
    async grantProjectRole(projectId: string, actor: Actor, roleId: string): Promise<void> {
      await osSend(t, {
        service: 'identity',
        method: 'PUT',
        path: `/projects/${seg(projectId)}/${actorPath(actor)}/roles/${seg(roleId)}`,
      });
    },

    async revokeProjectRole(projectId: string, actor: Actor, roleId: string): Promise<void> {
      await osSend(t, {
        service: 'identity',
        method: 'DELETE',
        path: `/projects/${seg(projectId)}/${actorPath(actor)}/roles/${seg(roleId)}`,
      });
    },

    async listDomains(): Promise<IdentityDomain[]> {
      const body = await osFetch(
        t,
        { service: 'identity', path: '/domains' },
        identityDomainListSchema,
      );
      return [...body.domains].sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}
