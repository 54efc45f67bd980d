// Neutron subnets. api-ref: network v2, "Subnets".
import { neutronQuery, pageOf, type NeutronListQuery } from './neutron-list';
import {
  subnetBodySchema,
  subnetPageSchema,
  type SubnetCreateInput,
  type SubnetDetail,
  type SubnetUpdateInput,
} from './subnet-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';
import type { ListResult } from '../pagination';

export function subnetsApi(t: Transport) {
  return {
    /** GET /v2.0/subnets, one page. */
    async pageSubnets(query: NeutronListQuery = {}): Promise<ListResult<SubnetDetail>> {
      const body = await osFetch(
        t,
        { service: 'network', path: '/v2.0/subnets', query: neutronQuery(query) },
        subnetPageSchema,
      );
      return pageOf(body.subnets, body.subnets_links);
    },

    async getSubnet(id: string): Promise<SubnetDetail> {
      return (
        await osFetch(t, { service: 'network', path: `/v2.0/subnets/${seg(id)}` }, subnetBodySchema)
      ).subnet;
    },

    async createSubnet(input: SubnetCreateInput): Promise<SubnetDetail> {
      return (
        await osFetch(
          t,
          { service: 'network', method: 'POST', path: '/v2.0/subnets', body: { subnet: input } },
          subnetBodySchema,
        )
      ).subnet;
    },

    async updateSubnet(id: string, input: SubnetUpdateInput): Promise<SubnetDetail> {
      return (
        await osFetch(
          t,
          {
            service: 'network',
            method: 'PUT',
            path: `/v2.0/subnets/${seg(id)}`,
            body: { subnet: input },
          },
          subnetBodySchema,
        )
      ).subnet;
    },

    async deleteSubnet(id: string): Promise<void> {
      await osSend(t, { service: 'network', method: 'DELETE', path: `/v2.0/subnets/${seg(id)}` });
    },
  };
}
