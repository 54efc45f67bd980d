// Cinder block storage v3 shapes: "Volume snapshots (snapshots)", "Backups
// (backups)" and "Volume transfers (volume-transfers)".
import { z } from 'zod';

const linksSchema = z.array(z.object({ rel: z.string(), href: z.string() })).optional();

export const snapshotDetailSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  status: z.string(),
  size: z.number(),
  volume_id: z.string(),
  metadata: z.record(z.string(), z.string()).default({}),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  'os-extended-snapshot-attributes:project_id': z.string().optional(),
  'os-extended-snapshot-attributes:progress': z.string().optional(),
  /** 3.14: the group snapshot it belongs to. */
  group_snapshot_id: z.string().nullish(),
});
export type SnapshotDetail = z.infer<typeof snapshotDetailSchema>;
export const snapshotBodySchema = z.object({ snapshot: snapshotDetailSchema });
export const snapshotPageSchema = z.object({
  snapshots: z.array(snapshotDetailSchema),
  snapshots_links: linksSchema,
});

export const backupDetailSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  status: z.string(),
  size: z.number().nullish(),
  volume_id: z.string(),
  snapshot_id: z.string().nullish(),
  availability_zone: z.string().nullish(),
  container: z.string().nullish(),
  fail_reason: z.string().nullish(),
  is_incremental: z.boolean().optional(),
  has_dependent_backups: z.boolean().optional(),
  object_count: z.number().nullish(),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  links: linksSchema,
});
export type BackupDetail = z.infer<typeof backupDetailSchema>;
export const backupBodySchema = z.object({ backup: backupDetailSchema });
export const backupPageSchema = z.object({
  backups: z.array(backupDetailSchema),
  backups_links: linksSchema,
});
/** POST /backups answers only id, name and links. */
export const backupCreatedSchema = z.object({
  backup: z.object({ id: z.string(), name: z.string().nullish(), links: linksSchema }),
});
export const restoreSchema = z.object({
  restore: z.object({
    backup_id: z.string(),
    volume_id: z.string(),
    volume_name: z.string().nullish(),
  }),
});
export type BackupRestore = z.infer<typeof restoreSchema>['restore'];

export const transferSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  volume_id: z.string(),
  created_at: z.string().optional(),
  /** Only in the answer to create: shown once, never again. */
  auth_key: z.string().optional(),
  no_snapshots: z.boolean().optional(),
  links: linksSchema,
});
export type VolumeTransfer = z.infer<typeof transferSchema>;
export const transferBodySchema = z.object({ transfer: transferSchema });
export const transferListSchema = z.object({ transfers: z.array(transferSchema) });
