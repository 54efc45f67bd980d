// Keystone users. api-ref: identity v3, "Users".
import { identityUserBodySchema, identityUserListSchema, type IdentityUser } from './admin-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';

export interface UserInput {
  name: string;
  password?: string;
  email?: string;
  description?: string;
  domainId?: string;
  defaultProjectId?: string;
  enabled?: boolean;
}

export interface UserChange {
  name?: string;
  email?: string;
  description?: string;
  defaultProjectId?: string;
  enabled?: boolean;
  /** An administrator setting a new password (PATCH, no original password). */
  password?: string;
}

function userBody(input: UserChange & { domainId?: string }): Record<string, unknown> {
  const user: Record<string, unknown> = {};
  if (input.name !== undefined) user.name = input.name;
  if (input.password !== undefined) user.password = input.password;
  if (input.email !== undefined) user.email = input.email;
  if (input.description !== undefined) user.description = input.description;
  if (input.domainId) user.domain_id = input.domainId;
  if (input.defaultProjectId !== undefined) user.default_project_id = input.defaultProjectId;
  if (input.enabled !== undefined) user.enabled = input.enabled;
  return user;
}

export function identityUsersApi(t: Transport) {
  return {
    async listUsers(query: { name?: string; domain_id?: string } = {}): Promise<IdentityUser[]> {
      const body = await osFetch(
        t,
        { service: 'identity', path: '/users', query },
        identityUserListSchema,
      );
      return [...body.users].sort((a, b) => a.name.localeCompare(b.name));
    },

    async getUser(id: string): Promise<IdentityUser> {
      return (
        await osFetch(t, { service: 'identity', path: `/users/${seg(id)}` }, identityUserBodySchema)
      ).user;
    },

    async createUser(input: UserInput): Promise<IdentityUser> {
      return (
        await osFetch(
          t,
          { service: 'identity', method: 'POST', path: '/users', body: { user: userBody(input) } },
          identityUserBodySchema,
        )
      ).user;
    },

    async updateUser(id: string, change: UserChange): Promise<IdentityUser> {
      return (
        await osFetch(
          t,
          {
            service: 'identity',
            method: 'PATCH',
            path: `/users/${seg(id)}`,
            body: { user: userBody(change) },
          },
          identityUserBodySchema,
        )
      ).user;
    },

    async deleteUser(id: string): Promise<void> {
      await osSend(t, { service: 'identity', method: 'DELETE', path: `/users/${seg(id)}` });
    },
  };
}
