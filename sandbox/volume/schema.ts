import { z } from 'zod';

// What one Cinder deployment (one region) keeps: volumes with their timed status
// steps, snapshots, backups, transfers, volume types and per-project quota limits.
// Every list defaults to empty so state files saved before Cinder existed still load.

/** A status a volume (or snapshot, backup) reaches at `at`, with what happens then. */
const stepSchema = z.object({
  at: z.number(),
  status: z.string(),
  /** Side effects applied when the step is reached. */
  effects: z.array(z.string()).default([]),
});

const attachmentSchema = z.object({
  id: z.string(),
  serverId: z.string(),
  device: z.string(),
  attachedAt: z.number(),
});

const volumeSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  userId: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  size: z.number().int(),
  status: z.string(),
  steps: z.array(stepSchema),
  typeId: z.string(),
  availabilityZone: z.string(),
  bootable: z.boolean(),
  metadata: z.record(z.string(), z.string()),
  /** volume_image_metadata: what Cinder copies from the image a volume was made from. */
  imageMetadata: z.record(z.string(), z.string()).nullable(),
  snapshotId: z.string().nullable(),
  sourceVolumeId: z.string().nullable(),
  backupId: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  /** Where a pending extend or retype is going. */
  pending: z.object({ size: z.number().int().nullable(), typeId: z.string().nullable() }),
  createdAt: z.number(),
  updatedAt: z.number().nullable(),
});

const snapshotSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  userId: z.string(),
  volumeId: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  size: z.number().int(),
  status: z.string(),
  steps: z.array(stepSchema),
  metadata: z.record(z.string(), z.string()),
  createdAt: z.number(),
  updatedAt: z.number().nullable(),
});

const backupSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  userId: z.string(),
  volumeId: z.string(),
  snapshotId: z.string().nullable(),
  name: z.string().nullable(),
  description: z.string().nullable(),
  size: z.number().int(),
  status: z.string(),
  steps: z.array(stepSchema),
  incremental: z.boolean(),
  container: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number().nullable(),
});

const transferSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  volumeId: z.string(),
  name: z.string().nullable(),
  /** sha1 of salt + key, as Cinder stores it; the key itself is shown once. */
  salt: z.string(),
  cryptHash: z.string(),
  noSnapshots: z.boolean(),
  createdAt: z.number(),
});

const volumeTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  isPublic: z.boolean(),
  extraSpecs: z.record(z.string(), z.string()),
  createdAt: z.number(),
});

const quotaLimitSchema = z.object({
  projectId: z.string(),
  resource: z.string(),
  limit: z.number().int(),
});

export const volumeRegionSchema = z.object({
  volumes: z.array(volumeSchema).default([]),
  snapshots: z.array(snapshotSchema).default([]),
  backups: z.array(backupSchema).default([]),
  transfers: z.array(transferSchema).default([]),
  types: z.array(volumeTypeSchema).default([]),
  quotaLimits: z.array(quotaLimitSchema).default([]),
});

export function emptyVolumeRegion(): VolumeRegionState {
  return { volumes: [], snapshots: [], backups: [], transfers: [], types: [], quotaLimits: [] };
}

export type VolumeRegionState = z.infer<typeof volumeRegionSchema>;
export type StatusStep = z.infer<typeof stepSchema>;
export type AttachmentRecord = z.infer<typeof attachmentSchema>;
export type VolumeRecord = z.infer<typeof volumeSchema>;
export type SnapshotRecord = z.infer<typeof snapshotSchema>;
export type BackupRecord = z.infer<typeof backupSchema>;
export type TransferRecord = z.infer<typeof transferSchema>;
export type VolumeTypeRecord = z.infer<typeof volumeTypeSchema>;
