// Neutron network v2.0 shapes (api-ref: network v2, "Networks", "Ports",
// "Security groups", "Quotas extension").
import { z } from 'zod';

export const networkSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string().optional(),
  shared: z.boolean().optional(),
  'router:external': z.boolean().optional(),
  subnets: z.array(z.string()).default([]),
  project_id: z.string().optional(),
  admin_state_up: z.boolean().optional(),
});
export type Network = z.infer<typeof networkSchema>;
export const networkListSchema = z.object({ networks: z.array(networkSchema) });

export const subnetSchema = z.object({
  id: z.string(),
  name: z.string(),
  network_id: z.string(),
  cidr: z.string(),
  ip_version: z.number(),
});
export type Subnet = z.infer<typeof subnetSchema>;
export const subnetListSchema = z.object({ subnets: z.array(subnetSchema) });

export const portSchema = z.object({
  id: z.string(),
  name: z.string(),
  network_id: z.string(),
  device_id: z.string(),
  device_owner: z.string(),
  status: z.string(),
  mac_address: z.string().optional(),
  fixed_ips: z.array(z.object({ subnet_id: z.string(), ip_address: z.string() })).default([]),
  security_groups: z.array(z.string()).optional(),
  project_id: z.string().optional(),
});
export type Port = z.infer<typeof portSchema>;
export const portListSchema = z.object({ ports: z.array(portSchema) });

export const securityGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  project_id: z.string().optional(),
  security_group_rules: z
    .array(
      z.object({
        id: z.string(),
        direction: z.string(),
        ethertype: z.string().optional(),
        protocol: z.string().nullish(),
        port_range_min: z.number().nullish(),
        port_range_max: z.number().nullish(),
        remote_ip_prefix: z.string().nullish(),
        remote_group_id: z.string().nullish(),
      }),
    )
    .optional(),
});
export type SecurityGroup = z.infer<typeof securityGroupSchema>;
export const securityGroupListSchema = z.object({ security_groups: z.array(securityGroupSchema) });

export const networkQuotaDetailSchema = z.object({
  quota: z.record(
    z.string(),
    z.object({ used: z.number(), limit: z.number(), reserved: z.number().optional() }),
  ),
});
