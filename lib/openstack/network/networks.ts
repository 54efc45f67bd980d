// Neutron networks. api-ref: network v2, "Networks".
import {
  networkBodySchema,
  networkPageSchema,
  type NetworkDetail,
  type NetworkInput,
} from './network-schemas';
import { neutronQuery, pageOf, type NeutronListQuery } from './neutron-list';
import { osFetch, osSend, seg, type Transport } from '../http';
import type { ListResult } from '../pagination';

export function networksApi(t: Transport) {
  return {
    /** GET /v2.0/networks, one page. */
    async pageNetworks(query: NeutronListQuery = {}): Promise<ListResult<NetworkDetail>> {
      const body = await osFetch(
        t,
        { service: 'network', path: '/v2.0/networks', query: neutronQuery(query) },
        networkPageSchema,
      );
      return pageOf(body.networks, body.networks_links);
    },

    async getNetwork(id: string): Promise<NetworkDetail> {
      return (
        await osFetch(
          t,
          { service: 'network', path: `/v2.0/networks/${seg(id)}` },
          networkBodySchema,
        )
      ).network;
    },

    async createNetwork(input: NetworkInput): Promise<NetworkDetail> {
      return (
        await osFetch(
          t,
          { service: 'network', method: 'POST', path: '/v2.0/networks', body: { network: input } },
          networkBodySchema,
        )
      ).network;
    },

    async updateNetwork(
      id: string,
      input: Omit<NetworkInput, 'project_id'>,
    ): Promise<NetworkDetail> {
      return (
        await osFetch(
          t,
          {
            service: 'network',
            method: 'PUT',
            path: `/v2.0/networks/${seg(id)}`,
            body: { network: input },
          },
          networkBodySchema,
        )
      ).network;
    },

    async deleteNetwork(id: string): Promise<void> {
      await osSend(t, { service: 'network', method: 'DELETE', path: `/v2.0/networks/${seg(id)}` });
    },
  };
}
