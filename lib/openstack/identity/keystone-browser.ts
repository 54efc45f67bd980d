// Keystone calls made with the session's own token through either transport
// (the proxy in the browser). api-ref: identity v3, "Projects" and "Authentication and
// token management" (GET /v3/auth/projects).
import { projectListSchema, type Project } from '@/lib/openstack/identity/identity-schemas';
import { identityGroupsApi } from './groups';
import { projectQuotasApi } from './project-quotas';
import { identityProjectsApi } from './projects';
import { identityRolesApi } from './roles';
import { identityUsersApi } from './users';
import { osFetch, type Transport } from '../http';
import { applicationCredentialsApi } from './application-credentials';

export function identityApi(t: Transport) {
  return {
    ...applicationCredentialsApi(t),
    /** GET /v3/projects: every project; Keystone allows it to admins (and domain readers). */
    async listProjects(): Promise<Project[]> {
      const body = await osFetch(t, { service: 'identity', path: '/projects' }, projectListSchema);
      return [...body.projects].sort((a, b) => a.name.localeCompare(b.name));
    },

    /** GET /v3/auth/projects: the projects the session's user may scope to (any user). */
    async listMyProjects(): Promise<Project[]> {
      const body = await osFetch(
        t,
        { service: 'identity', path: '/auth/projects' },
        projectListSchema,
      );
      return [...body.projects].sort((a, b) => a.name.localeCompare(b.name));
    },
    ...identityProjectsApi(t),
    ...identityUsersApi(t),
    ...identityGroupsApi(t),
    ...identityRolesApi(t),
    ...projectQuotasApi(t),
  };
}
