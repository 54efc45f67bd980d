// Cinder block storage v3 shapes (api-ref: block-storage v3).
import { z } from 'zod';

export const volumeSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  status: z.string(),
  size: z.number(),
  bootable: z.string().optional(),
  availability_zone: z.string().nullish(),
});
export type Volume = z.infer<typeof volumeSchema>;
export const volumeListSchema = z.object({ volumes: z.array(volumeSchema) });

export const volumeSnapshotSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  status: z.string(),
  size: z.number(),
  volume_id: z.string(),
});
export type VolumeSnapshot = z.infer<typeof volumeSnapshotSchema>;
export const volumeSnapshotListSchema = z.object({ snapshots: z.array(volumeSnapshotSchema) });

export const volumeQuotaUsageSchema = z.object({
  quota_set: z.record(
    z.string(),
    z.union([
      z.object({ in_use: z.number(), limit: z.number(), reserved: z.number().optional() }),
      z.string(),
    ]),
  ),
});
