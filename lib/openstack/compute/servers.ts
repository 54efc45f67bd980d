// Nova servers and what hangs off them. api-ref: compute v2.1, "Servers (servers)",
// "Servers - run an action", "Servers actions (servers, os-instance-actions)",
// "Port interfaces (servers, os-interface)", "Server metadata".
import {
  consoleOutputSchema,
  createdServerSchema,
  instanceActionListSchema,
  interfaceAttachmentBodySchema,
  interfaceAttachmentListSchema,
  metadataSchema,
  remoteConsoleSchema,
  reservationSchema,
  serverBodySchema,
  serverListSchema,
  type InstanceAction,
  type InterfaceAttachment,
  type Server,
} from './server-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';
import { markerFromLinks, type ListQuery, type ListResult } from '../pagination';

export type ServerActionBody = Record<string, unknown>;

export interface CreateServerRequest {
  server: Record<string, unknown>;
  'os:scheduler_hints'?: Record<string, unknown>;
}

export function serversApi(t: Transport) {
  return {
    /** GET /servers/detail with the API's own filters, sort and paging. */
    async listServers(
      query: ListQuery & { sortKey?: string; sortDir?: 'asc' | 'desc' } = {},
    ): Promise<ListResult<Server>> {
      const body = await osFetch(
        t,
        {
          service: 'compute',
          path: '/servers/detail',
          query: {
            limit: query.limit,
            marker: query.marker,
            sort_key: query.sortKey,
            sort_dir: query.sortDir,
            ...query.filters,
          },
        },
        serverListSchema,
      );
      return { items: body.servers, next: markerFromLinks(body.servers_links) };
    },

    async getServer(id: string): Promise<Server> {
      return (
        await osFetch(t, { service: 'compute', path: `/servers/${seg(id)}` }, serverBodySchema)
      ).server;
    },

    /** POST /servers; with max_count > 1 and return_reservation_id Nova answers a reservation. */
    async createServer(
      request: CreateServerRequest,
    ): Promise<{ id?: string; reservationId?: string }> {
      const response = await osSend(t, {
        service: 'compute',
        method: 'POST',
        path: '/servers',
        body: request,
      });
      const body: unknown = await response.json();
      const created = createdServerSchema.safeParse(body);
      if (created.success) return { id: created.data.server.id };
      const reservation = reservationSchema.parse(body);
      return { reservationId: reservation.reservation_id };
    },

    async updateServer(
      id: string,
      changes: { name?: string; description?: string | null },
    ): Promise<Server> {
      return (
        await osFetch(
          t,
          {
            service: 'compute',
            method: 'PUT',
            path: `/servers/${seg(id)}`,
            body: { server: changes },
          },
          serverBodySchema,
        )
      ).server;
    },

    async deleteServer(id: string): Promise<void> {
      await osSend(t, { service: 'compute', method: 'DELETE', path: `/servers/${seg(id)}` });
    },

    /** POST /servers/{id}/action: start, stop, reboot, pause, lock, resize, … */
    async serverAction(id: string, action: ServerActionBody): Promise<Response> {
      return osSend(t, {
        service: 'compute',
        method: 'POST',
        path: `/servers/${seg(id)}/action`,
        body: action,
      });
    },

    async getConsoleOutput(id: string, length?: number): Promise<string> {
      const response = await osSend(t, {
        service: 'compute',
        method: 'POST',
        path: `/servers/${seg(id)}/action`,
        body: { 'os-getConsoleOutput': length ? { length } : {} },
      });
      return consoleOutputSchema.parse(await response.json()).output;
    },

    /** POST /servers/{id}/remote-consoles (2.6+): the cloud's console URL. */
    async getRemoteConsole(id: string, protocol = 'vnc', type = 'novnc'): Promise<string> {
      const body = await osFetch(
        t,
        {
          service: 'compute',
          method: 'POST',
          path: `/servers/${seg(id)}/remote-consoles`,
          body: { remote_console: { protocol, type } },
        },
        remoteConsoleSchema,
      );
      return body.remote_console.url;
    },

    async listInstanceActions(id: string): Promise<InstanceAction[]> {
      const body = await osFetch(
        t,
        { service: 'compute', path: `/servers/${seg(id)}/os-instance-actions` },
        instanceActionListSchema,
      );
      return body.instanceActions;
    },

    async listInterfaces(id: string): Promise<InterfaceAttachment[]> {
      const body = await osFetch(
        t,
        { service: 'compute', path: `/servers/${seg(id)}/os-interface` },
        interfaceAttachmentListSchema,
      );
      return body.interfaceAttachments;
    },

    async attachInterface(
      id: string,
      target: { netId?: string; portId?: string; fixedIp?: string },
    ): Promise<InterfaceAttachment> {
      const interfaceAttachment: Record<string, unknown> = {};
      if (target.portId) interfaceAttachment.port_id = target.portId;
      else if (target.netId) interfaceAttachment.net_id = target.netId;
      if (target.fixedIp) interfaceAttachment.fixed_ips = [{ ip_address: target.fixedIp }];
      const body = await osFetch(
        t,
        {
          service: 'compute',
          method: 'POST',
          path: `/servers/${seg(id)}/os-interface`,
          body: { interfaceAttachment },
        },
        interfaceAttachmentBodySchema,
      );
      return body.interfaceAttachment;
    },

    async detachInterface(id: string, portId: string): Promise<void> {
      await osSend(t, {
        service: 'compute',
        method: 'DELETE',
        path: `/servers/${seg(id)}/os-interface/${seg(portId)}`,
      });
    },

    async getServerMetadata(id: string): Promise<Record<string, string>> {
      return (
        await osFetch(
          t,
          { service: 'compute', path: `/servers/${seg(id)}/metadata` },
          metadataSchema,
        )
      ).metadata;
    },

    /** PUT replaces every item: what the Update Metadata dialog means. */
    async replaceServerMetadata(
      id: string,
      metadata: Record<string, string>,
    ): Promise<Record<string, string>> {
      const body = await osFetch(
        t,
        {
          service: 'compute',
          method: 'PUT',
          path: `/servers/${seg(id)}/metadata`,
          body: { metadata },
        },
        metadataSchema,
      );
      return body.metadata;
    },
  };
}
