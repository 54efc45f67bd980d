// Neutron subnet wire shapes (api-ref network v2 "Subnets").
import { z } from 'zod';
import { linksSchema } from './neutron-list';

const poolSchema = z.object({ start: z.string(), end: z.string() });
const routeSchema = z.object({ destination: z.string(), nexthop: z.string() });
const ipv6Mode = z.enum(['slaac', 'dhcpv6-stateful', 'dhcpv6-stateless']).nullish();

export const subnetDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  network_id: z.string(),
  project_id: z.string(),
  ip_version: z.union([z.literal(4), z.literal(6)]),
  cidr: z.string(),
  gateway_ip: z.string().nullable(),
  enable_dhcp: z.boolean(),
  allocation_pools: z.array(poolSchema),
  dns_nameservers: z.array(z.string()),
  host_routes: z.array(routeSchema),
  ipv6_address_mode: ipv6Mode,
  ipv6_ra_mode: ipv6Mode,
  subnetpool_id: z.string().nullish(),
  description: z.string().nullish(),
  tags: z.array(z.string()).optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  revision_number: z.number().optional(),
});
export type SubnetDetail = z.infer<typeof subnetDetailSchema>;
export type AllocationPool = z.infer<typeof poolSchema>;
export type HostRoute = z.infer<typeof routeSchema>;

export const subnetBodySchema = z.object({ subnet: subnetDetailSchema });
export const subnetPageSchema = z.object({
  subnets: z.array(subnetDetailSchema),
  subnets_links: linksSchema,
});

type Ipv6Mode = 'slaac' | 'dhcpv6-stateful' | 'dhcpv6-stateless';

/** What an update may set; gateway_ip null disables the gateway. */
export interface SubnetUpdateInput {
  name?: string;
  description?: string;
  gateway_ip?: string | null;
  enable_dhcp?: boolean;
  allocation_pools?: AllocationPool[];
  dns_nameservers?: string[];
  host_routes?: HostRoute[];
}

export interface SubnetCreateInput extends SubnetUpdateInput {
  network_id: string;
  cidr: string;
  ip_version: 4 | 6;
  ipv6_address_mode?: Ipv6Mode;
  ipv6_ra_mode?: Ipv6Mode;
  project_id?: string;
}
