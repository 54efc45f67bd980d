import { z } from 'zod';

// Glance's data in one region, kept in the sandbox state under `image`.

export const IMAGE_STATUSES = [
  'queued',
  'saving',
  'uploading',
  'importing',
  'active',
  'deactivated',
  'killed',
] as const;

export const IMAGE_VISIBILITIES = ['public', 'community', 'shared', 'private'] as const;

export const MEMBER_STATUSES = ['pending', 'accepted', 'rejected'] as const;

/** One project an image is shared with, and what that project answered. */
export const imageMemberSchema = z.object({
  memberId: z.string(),
  status: z.enum(MEMBER_STATUSES),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const imageRecordSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  status: z.enum(IMAGE_STATUSES),
  visibility: z.enum(IMAGE_VISIBILITIES),
  protected: z.boolean(),
  osHidden: z.boolean(),
  checksum: z.string().nullable(),
  osHashAlgo: z.string().nullable(),
  osHashValue: z.string().nullable(),
  size: z.number().int().nullable(),
  virtualSize: z.number().int().nullable(),
  minDisk: z.number().int(),
  minRam: z.number().int(),
  diskFormat: z.string().nullable(),
  containerFormat: z.string().nullable(),
  owner: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  tags: z.array(z.string()),
  /** Custom properties, shown flat beside the base ones; Glance stores them as strings. */
  properties: z.record(z.string(), z.string()),
  /** Whether image data sits in the (one, "fs") store: gives direct_url and stores. */
  hasData: z.boolean(),
  /** A queued snapshot turns active at this time (see nova-bridge). */
  activateAt: z.number().nullable(),
  /** The size a queued snapshot's data will have once uploaded. */
  uploadSize: z.number().int().nullable(),
  /** Projects a `shared` image is shared with (kept when the visibility changes). */
  members: z.array(imageMemberSchema).default([]),
  /** Staged data (PUT /stage) waiting for a glance-direct import: its hashes. */
  staged: z.object({ checksum: z.string(), osHashValue: z.string() }).nullable().default(null),
});

export const imageRegionSchema = z.object({
  images: z.array(imageRecordSchema),
  /** Seeded once; images deleted later are not brought back on restart. */
  seeded: z.boolean(),
});

export type ImageRecord = z.infer<typeof imageRecordSchema>;
export type ImageMemberRecord = z.infer<typeof imageMemberSchema>;
export type ImageRegionState = z.infer<typeof imageRegionSchema>;

export function emptyImageRegion(): ImageRegionState {
  return { images: [], seeded: false };
}
