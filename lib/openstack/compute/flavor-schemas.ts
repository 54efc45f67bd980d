// Nova flavors (api-ref: compute v2.1, "Flavors", "Flavors extra-specs", "Flavors access").
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
