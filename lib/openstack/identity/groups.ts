// Keystone groups and their members. api-ref: identity v3, "Groups".
import {
  identityGroupBodySchema,
  identityGroupListSchema,
  identityUserListSchema,
  type IdentityGroup,
  type IdentityUser,
} from './admin-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';

export function identityGroupsApi(t: Transport) {
  return {
    async listGroups(): Promise<IdentityGroup[]> {
      const body = await osFetch(
        t,
        { service: 'identity', path: '/groups' },
        identityGroupListSchema,
      );
      return [...body.groups].sort((a, b) => a.name.localeCompare(b.name));
    },

    async getGroup(id: string): Promise<IdentityGroup> {
      return (
        await osFetch(
          t,
          { service: 'identity', path: `/groups/${seg(id)}` },
          identityGroupBodySchema,
        )
      ).group;
    },

    async createGroup(input: {
      name: string;
      description?: string;
      domainId?: string;
    }): Promise<IdentityGroup> {
      const group: Record<string, unknown> = { name: input.name };
      if (input.description !== undefined) group.description = input.description;
      if (input.domainId) group.domain_id = input.domainId;
      return (
        await osFetch(
          t,
          { service: 'identity', method: 'POST', path: '/groups', body: { group } },
          identityGroupBodySchema,
        )
      ).group;
    },

    async updateGroup(
      id: string,
      change: { name?: string; description?: string },
    ): Promise<IdentityGroup> {
      return (
        await osFetch(
          t,
          {
            service: 'identity',
            method: 'PATCH',
            path: `/groups/${seg(id)}`,
            body: { group: change },
          },
          identityGroupBodySchema,
        )
      ).group;
    },

    async deleteGroup(id: string): Promise<void> {
      await osSend(t, { service: 'identity', method: 'DELETE', path: `/groups/${seg(id)}` });
    },

    async listGroupUsers(id: string): Promise<IdentityUser[]> {
      const body = await osFetch(
        t,
        { service: 'identity', path: `/groups/${seg(id)}/users` },
        identityUserListSchema,
      );
      return [...body.users].sort((a, b) => a.name.localeCompare(b.name));
    },

    /** PUT /v3/groups/{group_id}/users/{user_id} */
    async addGroupUser(groupId: string, userId: string): Promise<void> {
      await osSend(t, {
        service: 'identity',
        method: 'PUT',
        path: `/groups/${seg(groupId)}/users/${seg(userId)}`,
      });
    },

    async removeGroupUser(groupId: string, userId: string): Promise<void> {
      await osSend(t, {
        service: 'identity',
        method: 'DELETE',
        path: `/groups/${seg(groupId)}/users/${seg(userId)}`,
      });
    },
  };
}
