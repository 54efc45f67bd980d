// Neutron floating IPs. api-ref: network v2, "Floating IPs (floatingips)".
import { osFetch, osSend, seg, type QueryValue, type Transport } from '../http';
import { markerFromLinks, type ListResult } from '../pagination';
import { floatingIpBodySchema, floatingIpListSchema, type FloatingIp } from './floating-ip-schemas';

export interface FloatingIpCreate {
  floatingNetworkId: string;
  description?: string;
  portId?: string;
  fixedIpAddress?: string;
  floatingIpAddress?: string;
}

/** Associate with a port (and one of its fixed IPs), or null to disassociate. */
export interface FloatingIpUpdate {
  portId?: string | null;
  fixedIpAddress?: string;
  description?: string;
}

export function floatingIpsApi(t: Transport) {
  const one = (id: string) => `/v2.0/floatingips/${seg(id)}`;
  return {
    /** Filters are Neutron's own query parameters (port_id, floating_network_id, status, …). */
    async listFloatingIps(
      query: { limit?: number; marker?: string; filters?: Record<string, QueryValue> } = {},
    ): Promise<ListResult<FloatingIp>> {
      const body = await osFetch(
        t,
        {
          service: 'network',
          path: '/v2.0/floatingips',
          query: { ...query.filters, limit: query.limit, marker: query.marker },
        },
        floatingIpListSchema,
      );
      return { items: body.floatingips, next: markerFromLinks(body.floatingips_links) };
    },

    async getFloatingIp(id: string): Promise<FloatingIp> {
      return (await osFetch(t, { service: 'network', path: one(id) }, floatingIpBodySchema))
        .floatingip;
    },

    async createFloatingIp(input: FloatingIpCreate): Promise<FloatingIp> {
      const floatingip: Record<string, unknown> = { floating_network_id: input.floatingNetworkId };
      if (input.description !== undefined) floatingip.description = input.description;
      if (input.portId !== undefined) floatingip.port_id = input.portId;
      if (input.fixedIpAddress !== undefined) floatingip.fixed_ip_address = input.fixedIpAddress;
      if (input.floatingIpAddress !== undefined)
        floatingip.floating_ip_address = input.floatingIpAddress;
      return (
        await osFetch(
          t,
          { service: 'network', method: 'POST', path: '/v2.0/floatingips', body: { floatingip } },
          floatingIpBodySchema,
        )
      ).floatingip;
    },

    async updateFloatingIp(id: string, input: FloatingIpUpdate): Promise<FloatingIp> {
      const floatingip: Record<string, unknown> = {};
      if (input.portId !== undefined) floatingip.port_id = input.portId;
      if (input.fixedIpAddress !== undefined) floatingip.fixed_ip_address = input.fixedIpAddress;
      if (input.description !== undefined) floatingip.description = input.description;
      return (
        await osFetch(
          t,
          { service: 'network', method: 'PUT', path: one(id), body: { floatingip } },
          floatingIpBodySchema,
        )
      ).floatingip;
    },

    async deleteFloatingIp(id: string): Promise<void> {
      await osSend(t, { service: 'network', method: 'DELETE', path: one(id) });
    },
  };
}
