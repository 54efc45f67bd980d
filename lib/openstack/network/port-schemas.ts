// Neutron port wire shapes (api-ref network v2 "Ports"); device_owner and
// device_id are read here (Nova and the routers set them).
import { z } from 'zod';
import { linksSchema } from './neutron-list';

const fixedIpSchema = z.object({ subnet_id: z.string(), ip_address: z.string() });
const addressPairSchema = z.object({ ip_address: z.string(), mac_address: z.string() });

export const portDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  network_id: z.string(),
  project_id: z.string(),
  mac_address: z.string(),
  admin_state_up: z.boolean(),
  status: z.string(),
  device_id: z.string(),
  device_owner: z.string(),
  fixed_ips: z.array(fixedIpSchema),
  allowed_address_pairs: z.array(addressPairSchema).default([]),
  security_groups: z.array(z.string()).default([]),
  port_security_enabled: z.boolean().optional(),
  description: z.string().nullish(),
  'binding:vnic_type': z.string().optional(),
  'binding:host_id': z.string().nullish(),
  'binding:vif_type': z.string().nullish(),
  tags: z.array(z.string()).optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
  revision_number: z.number().optional(),
});
export type PortDetail = z.infer<typeof portDetailSchema>;

export const portBodySchema = z.object({ port: portDetailSchema });
export const portPageSchema = z.object({
  ports: z.array(portDetailSchema),
  ports_links: linksSchema,
});

/** A fixed IP asked for: a subnet (an address from its pools), an address, or both. */
export interface FixedIpInput {
  subnet_id?: string;
  ip_address?: string;
}

export interface AddressPairInput {
  ip_address: string;
  mac_address?: string;
}

export interface PortUpdateInput {
  name?: string;
  description?: string;
  admin_state_up?: boolean;
  fixed_ips?: FixedIpInput[];
  port_security_enabled?: boolean;
  security_groups?: string[];
  allowed_address_pairs?: AddressPairInput[];
  /** Admins only on update (Neutron's default policy). */
  mac_address?: string;
  /** What the port is attached to (a server, a router…), as the user names it. */
  device_id?: string;
  device_owner?: string;
}

export interface PortCreateInput extends PortUpdateInput {
  network_id: string;
  project_id?: string;
}
