// Neutron routers. api-ref: network v2, "Routers (routers)" (incl. add/remove
// interface) and "Extra routes (extraroute)", "Extra routes atomic".
import { osFetch, osSend, seg, type QueryValue, type Transport } from '../http';
import { markerFromLinks, type ListResult } from '../pagination';
import {
  routerBodySchema,
  routerInterfaceSchema,
  routerListSchema,
  type Route,
  type Router,
  type RouterInterface,
} from './router-schemas';

export interface GatewayInput {
  networkId: string;
  /** Only admins may set it (Neutron's policy); omitted means Neutron's default (true). */
  enableSnat?: boolean;
  externalFixedIps?: { subnetId?: string; ipAddress?: string }[];
}

export interface RouterInput {
  name?: string;
  description?: string;
  adminStateUp?: boolean;
  /** null clears the gateway (update only). */
  gateway?: GatewayInput | null;
  routes?: Route[];
  /** Create only (router_availability_zone extension). */
  availabilityZoneHints?: string[];
}

export interface RouterPageQuery {
  limit?: number;
  marker?: string;
  filters?: Record<string, QueryValue>;
}

/** An interface by a subnet (takes its gateway IP) or by an existing port. */
export type InterfaceTarget = { subnetId: string } | { portId: string };

function gatewayBody(gateway: GatewayInput | null): Record<string, unknown> {
  if (gateway === null) return {};
  const info: Record<string, unknown> = { network_id: gateway.networkId };
  if (gateway.enableSnat !== undefined) info.enable_snat = gateway.enableSnat;
  if (gateway.externalFixedIps) {
    info.external_fixed_ips = gateway.externalFixedIps.map((ip) => ({
      ...(ip.subnetId ? { subnet_id: ip.subnetId } : {}),
      ...(ip.ipAddress ? { ip_address: ip.ipAddress } : {}),
    }));
  }
  return info;
}

function routerBody(input: RouterInput): Record<string, unknown> {
  const router: Record<string, unknown> = {};
  if (input.name !== undefined) router.name = input.name;
  if (input.description !== undefined) router.description = input.description;
  if (input.adminStateUp !== undefined) router.admin_state_up = input.adminStateUp;
  if (input.gateway !== undefined) router.external_gateway_info = gatewayBody(input.gateway);
  if (input.routes !== undefined) router.routes = input.routes;
  if (input.availabilityZoneHints?.length)
    router.availability_zone_hints = input.availabilityZoneHints;
  return { router };
}

function interfaceBody(target: InterfaceTarget): Record<string, string> {
  return 'subnetId' in target ? { subnet_id: target.subnetId } : { port_id: target.portId };
}

export function routersApi(t: Transport) {
  const one = (id: string) => `/v2.0/routers/${seg(id)}`;
  return {
    async listRouters(query: RouterPageQuery = {}): Promise<ListResult<Router>> {
      const body = await osFetch(
        t,
        {
          service: 'network',
          path: '/v2.0/routers',
          query: { ...query.filters, limit: query.limit, marker: query.marker },
        },
        routerListSchema,
      );
      return { items: body.routers, next: markerFromLinks(body.routers_links) };
    },

    async getRouter(id: string): Promise<Router> {
      return (await osFetch(t, { service: 'network', path: one(id) }, routerBodySchema)).router;
    },

    async createRouter(input: RouterInput): Promise<Router> {
      const request = { service: 'network' as const, method: 'POST' as const };
      return (
        await osFetch(
          t,
          { ...request, path: '/v2.0/routers', body: routerBody(input) },
          routerBodySchema,
        )
      ).router;
    },

    async updateRouter(id: string, input: RouterInput): Promise<Router> {
      return (
        await osFetch(
          t,
          { service: 'network', method: 'PUT', path: one(id), body: routerBody(input) },
          routerBodySchema,
        )
      ).router;
    },

    async deleteRouter(id: string): Promise<void> {
      await osSend(t, { service: 'network', method: 'DELETE', path: one(id) });
    },

    async addRouterInterface(id: string, target: InterfaceTarget): Promise<RouterInterface> {
      return osFetch(
        t,
        {
          service: 'network',
          method: 'PUT',
          path: `${one(id)}/add_router_interface`,
          body: interfaceBody(target),
        },
        routerInterfaceSchema,
      );
    },

    async removeRouterInterface(id: string, target: InterfaceTarget): Promise<RouterInterface> {
      return osFetch(
        t,
        {
          service: 'network',
          method: 'PUT',
          path: `${one(id)}/remove_router_interface`,
          body: interfaceBody(target),
        },
        routerInterfaceSchema,
      );
    },

    /** extraroute-atomic: adds routes without replacing the others. */
    async addExtraRoutes(id: string, routes: Route[]): Promise<Router> {
      return (
        await osFetch(
          t,
          {
            service: 'network',
            method: 'PUT',
            path: `${one(id)}/add_extraroutes`,
            body: { router: { routes } },
          },
          routerBodySchema,
        )
      ).router;
    },

    async removeExtraRoutes(id: string, routes: Route[]): Promise<Router> {
      return (
        await osFetch(
          t,
          {
            service: 'network',
            method: 'PUT',
            path: `${one(id)}/remove_extraroutes`,
            body: { router: { routes } },
          },
          routerBodySchema,
        )
      ).router;
    },
  };
}
