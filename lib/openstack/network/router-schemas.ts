// Neutron router shapes (api-ref: network v2, "Routers (routers)", "Extra routes").
import { z } from 'zod';
import { linksSchema } from './link-schemas';

export const fixedIpSchema = z.object({ subnet_id: z.string(), ip_address: z.string() });

export const externalGatewayInfoSchema = z.object({
  network_id: z.string(),
  enable_snat: z.boolean().optional(),
  external_fixed_ips: z.array(fixedIpSchema).default([]),
});
export type ExternalGatewayInfo = z.infer<typeof externalGatewayInfoSchema>;

export const routeSchema = z.object({ destination: z.string(), nexthop: z.string() });
export type Route = z.infer<typeof routeSchema>;

export const routerSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  status: z.string(),
  admin_state_up: z.boolean(),
  project_id: z.string().optional(),
  external_gateway_info: externalGatewayInfoSchema.nullable(),
  routes: z.array(routeSchema).default([]),
  availability_zones: z.array(z.string()).optional(),
  availability_zone_hints: z.array(z.string()).optional(),
  revision_number: z.number().optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
});
export type Router = z.infer<typeof routerSchema>;

export const routerBodySchema = z.object({ router: routerSchema });
export const routerListSchema = z.object({
  routers: z.array(routerSchema),
  routers_links: linksSchema,
});

/** add_router_interface / remove_router_interface answer the interface, not a router. */
export const routerInterfaceSchema = z.object({
  id: z.string(),
  port_id: z.string(),
  subnet_id: z.string(),
  subnet_ids: z.array(z.string()),
  network_id: z.string(),
  project_id: z.string().optional(),
  tenant_id: z.string().optional(),
});
export type RouterInterface = z.infer<typeof routerInterfaceSchema>;
