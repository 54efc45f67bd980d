// Nova flavors, server groups, quotas, limits and usage (api-ref: compute v2.1).
import { z } from 'zod';

export const flavorSchema = z.object({
  id: z.string(),
  name: z.string(),
  vcpus: z.number(),
  ram: z.number(),
  disk: z.number(),
  'OS-FLV-EXT-DATA:ephemeral': z.number().optional(),
  swap: z.union([z.number(), z.literal('')]).optional(),
  rxtx_factor: z.number().optional(),
  'os-flavor-access:is_public': z.boolean().optional(),
  'OS-FLV-DISABLED:disabled': z.boolean().optional(),
  description: z.string().nullish(),
  extra_specs: z.record(z.string(), z.string()).optional(),
});
export type Flavor = z.infer<typeof flavorSchema>;
export const flavorListSchema = z.object({
  flavors: z.array(flavorSchema),
  flavors_links: z.array(z.object({ href: z.string(), rel: z.string() })).optional(),
});
export const flavorBodySchema = z.object({ flavor: flavorSchema });
export const extraSpecsSchema = z.object({ extra_specs: z.record(z.string(), z.string()) });
export const flavorAccessSchema = z.object({
  flavor_access: z.array(z.object({ flavor_id: z.string(), tenant_id: z.string() })),
});

export const serverGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  policy: z.string().optional(),
  policies: z.array(z.string()).optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
  members: z.array(z.string()),
  project_id: z.string().optional(),
  user_id: z.string().optional(),
});
export type ServerGroup = z.infer<typeof serverGroupSchema>;
export const serverGroupListSchema = z.object({ server_groups: z.array(serverGroupSchema) });
export const serverGroupBodySchema = z.object({ server_group: serverGroupSchema });

const quotaDetailSchema = z.object({
  in_use: z.number(),
  limit: z.number(),
  reserved: z.number().optional(),
});
export const computeQuotaDetailSchema = z.object({
  quota_set: z.record(z.string(), z.union([quotaDetailSchema, z.string()])),
});

export const limitsSchema = z.object({
  limits: z.object({ absolute: z.record(z.string(), z.number()) }),
});

export const availabilityZoneListSchema = z.object({
  availabilityZoneInfo: z.array(
    z.object({ zoneName: z.string(), zoneState: z.object({ available: z.boolean() }) }),
  ),
});

export const tenantUsageSchema = z.object({
  tenant_usage: z.object({
    tenant_id: z.string().optional(),
    total_hours: z.number().optional(),
    total_vcpus_usage: z.number().optional(),
    total_memory_mb_usage: z.number().optional(),
    total_local_gb_usage: z.number().optional(),
    start: z.string().optional(),
    stop: z.string().optional(),
    server_usages: z
      .array(
        z.object({
          instance_id: z.string(),
          name: z.string(),
          flavor: z.string(),
          vcpus: z.number(),
          memory_mb: z.number(),
          local_gb: z.number(),
          hours: z.number(),
          state: z.string(),
          started_at: z.string(),
          ended_at: z.string().nullish(),
          uptime: z.number().optional(),
        }),
      )
      .optional(),
  }),
  tenant_usage_links: z.array(z.object({ href: z.string(), rel: z.string() })).optional(),
});
export type TenantUsage = z.infer<typeof tenantUsageSchema>['tenant_usage'];
