// Neutron floating IP shapes (api-ref: network v2, "Floating IPs (floatingips)").
import { z } from 'zod';
import { linksSchema } from './link-schemas';

export const floatingIpSchema = z.object({
  id: z.string(),
  floating_ip_address: z.string(),
  floating_network_id: z.string(),
  router_id: z.string().nullable(),
  port_id: z.string().nullable(),
  fixed_ip_address: z.string().nullable(),
  status: z.string(),
  description: z.string().nullish(),
  project_id: z.string().optional(),
  port_details: z
    .object({
      name: z.string(),
      network_id: z.string(),
      mac_address: z.string(),
      admin_state_up: z.boolean(),
      status: z.string(),
      device_id: z.string(),
      device_owner: z.string(),
    })
    .nullish(),
  revision_number: z.number().optional(),
});
export type FloatingIp = z.infer<typeof floatingIpSchema>;

export const floatingIpBodySchema = z.object({ floatingip: floatingIpSchema });
export const floatingIpListSchema = z.object({
  floatingips: z.array(floatingIpSchema),
  floatingips_links: linksSchema,
});
