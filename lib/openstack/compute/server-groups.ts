// Nova server groups. api-ref: compute v2.1, "Server groups (os-server-groups)".
import { osFetch, osSend, seg, type Transport } from '../http';
import {
  serverGroupBodySchema,
  serverGroupListSchema,
  type ServerGroup,
} from './server-group-schemas';
import type { ListResult } from '../pagination';

export function serverGroupsApi(t: Transport) {
  return {
    async listServerGroups(): Promise<ListResult<ServerGroup>> {
      const body = await osFetch(
        t,
        { service: 'compute', path: '/os-server-groups' },
        serverGroupListSchema,
      );
      return { items: body.server_groups };
    },

    async getServerGroup(id: string): Promise<ServerGroup> {
      return (
        await osFetch(
          t,
          { service: 'compute', path: `/os-server-groups/${seg(id)}` },
          serverGroupBodySchema,
        )
      ).server_group;
    },

    /** From 2.64 a group has one `policy` (and optional rules) instead of a `policies` list. */
    async createServerGroup(input: {
      name: string;
      policy: string;
      maxServerPerHost?: number;
    }): Promise<ServerGroup> {
      const server_group: Record<string, unknown> = { name: input.name, policy: input.policy };
      if (input.maxServerPerHost)
        server_group.rules = { max_server_per_host: input.maxServerPerHost };
      const body = await osFetch(
        t,
        { service: 'compute', method: 'POST', path: '/os-server-groups', body: { server_group } },
        serverGroupBodySchema,
      );
      return body.server_group;
    },

    async deleteServerGroup(id: string): Promise<void> {
      await osSend(t, {
        service: 'compute',
        method: 'DELETE',
        path: `/os-server-groups/${seg(id)}`,
      });
    },
  };
}
