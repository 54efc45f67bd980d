// Keystone projects. api-ref: identity v3, "Projects".
import {
  identityProjectBodySchema,
  identityProjectListSchema,
  type IdentityProject,
} from './admin-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';

export interface ProjectInput {
  name: string;
  description?: string;
  domainId?: string;
  enabled?: boolean;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function identityProjectsApi(t: Transport) {
  return {
    /** GET /v3/projects (admins): every project, with enabled and domain. */
    async listIdentityProjects(query: { name?: string } = {}): Promise<IdentityProject[]> {
      const body = await osFetch(
        t,
        { service: 'identity', path: '/projects', query },
        identityProjectListSchema,
      );
      return [...body.projects].sort(byName);
    },

    /** GET /v3/users/{id}/projects: the projects a user holds a role on (own user or admin). */
    async listUserProjects(userId: string): Promise<IdentityProject[]> {
      const body = await osFetch(
        t,
        { service: 'identity', path: `/users/${seg(userId)}/projects` },
        identityProjectListSchema,
      );
      return [...body.projects].sort(byName);
    },

    async getIdentityProject(id: string): Promise<IdentityProject> {
      return (
        await osFetch(
          t,
          { service: 'identity', path: `/projects/${seg(id)}` },
          identityProjectBodySchema,
        )
      ).project;
    },

    async createProject(input: ProjectInput): Promise<IdentityProject> {
      const project: Record<string, unknown> = { name: input.name };
      if (input.description !== undefined) project.description = input.description;
      if (input.domainId) project.domain_id = input.domainId;
      if (input.enabled !== undefined) project.enabled = input.enabled;
      return (
        await osFetch(
          t,
          { service: 'identity', method: 'POST', path: '/projects', body: { project } },
          identityProjectBodySchema,
        )
      ).project;
    },

    /** PATCH /v3/projects/{id}: name, description, enabled. */
    async updateProject(
      id: string,
      change: { name?: string; description?: string; enabled?: boolean },
    ): Promise<IdentityProject> {
      return (
        await osFetch(
          t,
          {
            service: 'identity',
            method: 'PATCH',
            path: `/projects/${seg(id)}`,
            body: { project: change },
          },
          identityProjectBodySchema,
        )
      ).project;
    },

    async deleteProject(id: string): Promise<void> {
      await osSend(t, { service: 'identity', method: 'DELETE', path: `/projects/${seg(id)}` });
    },
  };
}
