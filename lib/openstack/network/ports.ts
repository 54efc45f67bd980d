// Neutron ports. api-ref: network v2, "Ports".
import { neutronQuery, pageOf, type NeutronListQuery } from './neutron-list';
import {
  portBodySchema,
  portPageSchema,
  type PortCreateInput,
  type PortDetail,
  type PortUpdateInput,
} from './port-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';
import type { ListResult } from '../pagination';

export function portsApi(t: Transport) {
  return {
    /** GET /v2.0/ports, one page. */
    async pagePorts(query: NeutronListQuery = {}): Promise<ListResult<PortDetail>> {
      const body = await osFetch(
        t,
        { service: 'network', path: '/v2.0/ports', query: neutronQuery(query) },
        portPageSchema,
      );
      return pageOf(body.ports, body.ports_links);
    },

    async getPort(id: string): Promise<PortDetail> {
      return (
        await osFetch(t, { service: 'network', path: `/v2.0/ports/${seg(id)}` }, portBodySchema)
      ).port;
    },

    async createPort(input: PortCreateInput): Promise<PortDetail> {
      return (
        await osFetch(
          t,
          { service: 'network', method: 'POST', path: '/v2.0/ports', body: { port: input } },
          portBodySchema,
        )
      ).port;
    },

    async updatePort(id: string, input: PortUpdateInput): Promise<PortDetail> {
      return (
        await osFetch(
          t,
          {
            service: 'network',
            method: 'PUT',
            path: `/v2.0/ports/${seg(id)}`,
            body: { port: input },
          },
          portBodySchema,
        )
      ).port;
    },

    async deletePort(id: string): Promise<void> {
      await osSend(t, { service: 'network', method: 'DELETE', path: `/v2.0/ports/${seg(id)}` });
    },
  };
}
