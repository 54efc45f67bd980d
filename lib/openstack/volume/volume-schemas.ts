// Cinder block storage v3 shapes (api-ref block-storage v3 "Volumes (volumes)",
// "Volume actions"): what the dashboard reads of a volume and sends to make one.
import { z } from 'zod';

const linksSchema = z.array(z.object({ rel: z.string(), href: z.string() })).optional();

export const volumeAttachmentSchema = z.object({
  server_id: z.string(),
  attachment_id: z.string().nullish(),
  device: z.string().nullish(),
  attached_at: z.string().nullish(),
  host_name: z.string().nullish(),
  volume_id: z.string().optional(),
});
export type VolumeAttachment = z.infer<typeof volumeAttachmentSchema>;

export const volumeDetailSchema = z.object({
  id: z.string(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  status: z.string(),
  size: z.number(),
  availability_zone: z.string().nullish(),
  bootable: z.string(),
  encrypted: z.boolean().optional(),
  multiattach: z.boolean().optional(),
  volume_type: z.string().nullish(),
  volume_type_id: z.string().optional(),
  snapshot_id: z.string().nullish(),
  source_volid: z.string().nullish(),
  group_id: z.string().nullish(),
  metadata: z.record(z.string(), z.string()).default({}),
  volume_image_metadata: z.record(z.string(), z.string()).optional(),
  attachments: z.array(volumeAttachmentSchema).default([]),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  user_id: z.string().optional(),
  'os-vol-tenant-attr:tenant_id': z.string().optional(),
  links: linksSchema,
});
export type VolumeDetail = z.infer<typeof volumeDetailSchema>;

export const volumeBodySchema = z.object({ volume: volumeDetailSchema });
export const volumePageSchema = z.object({
  volumes: z.array(volumeDetailSchema),
  volumes_links: linksSchema,
  count: z.number().optional(),
});

/** Where a new volume's data comes from (Horizon's "Volume Source"). */
export type VolumeSource =
  | { kind: 'blank' }
  | { kind: 'image'; imageId: string }
  | { kind: 'snapshot'; snapshotId: string }
  | { kind: 'volume'; volumeId: string }
  | { kind: 'backup'; backupId: string };

export interface CreateVolumeInput {
  /** GiB; may be left out when a snapshot, volume or backup gives it. */
  size?: number;
  name?: string;
  description?: string;
  source?: VolumeSource;
  volumeType?: string;
  availabilityZone?: string;
  metadata?: Record<string, string>;
}

export const uploadImageResultSchema = z.object({
  'os-volume_upload_image': z.object({
    id: z.string(),
    image_id: z.string(),
    image_name: z.string(),
    status: z.string(),
    disk_format: z.string().optional(),
    container_format: z.string().optional(),
    visibility: z.string().optional(),
    protected: z.boolean().optional(),
  }),
});
export type UploadImageResult = z.infer<typeof uploadImageResultSchema>['os-volume_upload_image'];

export interface UploadImageInput {
  imageName: string;
  diskFormat?: 'raw' | 'qcow2' | 'vmdk' | 'vdi' | 'vhd' | 'vhdx' | 'ploop';
  containerFormat?: string;
  /** An in-use volume needs it. */
  force?: boolean;
  visibility?: 'public' | 'private' | 'shared' | 'community';
  protected?: boolean;
}
