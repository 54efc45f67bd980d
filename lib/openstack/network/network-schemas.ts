// Neutron network wire shapes (api-ref network v2 "Networks"): provider:* are
// shown to admins only; router:external to everyone.
import { z } from 'zod';
import { linksSchema } from './neutron-list';

export const networkDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  project_id: z.string(),
  admin_state_up: z.boolean(),
  status: z.string(),
  shared: z.boolean(),
  'router:external': z.boolean().optional(),
  subnets: z.array(z.string()),
  mtu: z.number().optional(),
  port_security_enabled: z.boolean().optional(),
  description: z.string().nullish(),
  availability_zones: z.array(z.string()).optional(),
  availability_zone_hints: z.array(z.string()).optional(),
  is_default: z.boolean().optional(),
  'provider:network_type': z.string().nullish(),
  'provider:physical_network': z.string().nullish(),
  'provider:segmentation_id': z.number().nullish(),
  tags: z.array(z.string()).optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  revision_number: z.number().optional(),
});
export type NetworkDetail = z.infer<typeof networkDetailSchema>;

export const networkBodySchema = z.object({ network: networkDetailSchema });
export const networkPageSchema = z.object({
  networks: z.array(networkDetailSchema),
  networks_links: linksSchema,
});

/** What a create or update may set; shared, router:external and provider:* need an admin. */
export interface NetworkInput {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  shared?: boolean;
  port_security_enabled?: boolean;
  mtu?: number;
  /** Create only: the availability zones Neutron should schedule the network's DHCP to. */
  availability_zone_hints?: string[];
  'router:external'?: boolean;
  'provider:network_type'?: string;
  'provider:physical_network'?: string;
  'provider:segmentation_id'?: number;
  /** Admins only: create in another project. */
  project_id?: string;
}
