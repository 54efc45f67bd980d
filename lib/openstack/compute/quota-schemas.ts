// Nova quotas, limits, availability zones and usage (api-ref: compute v2.1).
import { z } from 'zod';

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
