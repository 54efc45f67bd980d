// Cinder block storage v3 shapes: "Volume types (types)", "Quota sets extension
// (os-quota-sets)", "Limits (limits)" and "Availability zones (os-availability-zone)".
import { z } from 'zod';

export const volumeTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  is_public: z.boolean().optional(),
  'os-volume-type-access:is_public': z.boolean().optional(),
  extra_specs: z.record(z.string(), z.string()).default({}),
  /** Admins only. */
  qos_specs_id: z.string().nullish(),
});
export type VolumeType = z.infer<typeof volumeTypeSchema>;
/** GET /types/{id}/encryption: `{}` when the type is not encrypted. */
export const volumeTypeEncryptionSchema = z.object({
  provider: z.string().nullish(),
  control_location: z.string().nullish(),
  cipher: z.string().nullish(),
  key_size: z.number().nullish(),
});
export type VolumeTypeEncryption = z.infer<typeof volumeTypeEncryptionSchema>;
export const volumeTypeBodySchema = z.object({ volume_type: volumeTypeSchema });
export const volumeTypeListSchema = z.object({ volume_types: z.array(volumeTypeSchema) });

export const quotaSetSchema = z.object({
  quota_set: z.record(z.string(), z.union([z.number(), z.string()])),
});
export const quotaUsageSetSchema = z.object({
  quota_set: z.record(
    z.string(),
    z.union([
      z.object({ in_use: z.number(), limit: z.number(), reserved: z.number().optional() }),
      z.string(),
    ]),
  ),
});

export const absoluteLimitsSchema = z.object({
  limits: z.object({
    absolute: z.record(z.string(), z.number()),
    rate: z.array(z.unknown()).optional(),
  }),
});

export const availabilityZonesSchema = z.object({
  availabilityZoneInfo: z.array(
    z.object({ zoneName: z.string(), zoneState: z.object({ available: z.boolean() }) }),
  ),
});
export type VolumeAvailabilityZone = z.infer<
  typeof availabilityZonesSchema
>['availabilityZoneInfo'][number];
