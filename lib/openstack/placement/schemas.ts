// Placement's answers the Hypervisors panel reads (api-ref: placement, "Resource
// Providers", "Resource Provider Inventories", "Resource Provider Usages").
import { z } from 'zod';

export const resourceProviderSchema = z.object({
  uuid: z.string(),
  name: z.string(),
  generation: z.number().int(),
  parent_provider_uuid: z.string().nullish(),
  root_provider_uuid: z.string().nullish(),
});
export const resourceProviderListSchema = z.object({
  resource_providers: z.array(resourceProviderSchema),
});
export type ResourceProvider = z.infer<typeof resourceProviderSchema>;

export const inventorySchema = z.object({
  total: z.number(),
  reserved: z.number(),
  allocation_ratio: z.number(),
  min_unit: z.number(),
  max_unit: z.number(),
  step_size: z.number(),
});
export type Inventory = z.infer<typeof inventorySchema>;

export const inventoriesSchema = z.object({
  inventories: z.record(z.string(), inventorySchema),
  resource_provider_generation: z.number().int(),
});

export const usagesSchema = z.object({
  usages: z.record(z.string(), z.number()),
  resource_provider_generation: z.number().int(),
});
