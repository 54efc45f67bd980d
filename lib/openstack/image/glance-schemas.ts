// Glance image v2 shapes (api-ref: image v2, "Images", "Image data", "Interoperable image import", "Sharing").
import { z } from 'zod';

export const imageVisibilities = ['public', 'community', 'shared', 'private'] as const;
export type ImageVisibility = (typeof imageVisibilities)[number];

export const imageSchema = z
  .object({
    id: z.string(),
    name: z.string().nullish(),
    status: z.string(),
    visibility: z.string().optional(),
    protected: z.boolean().optional(),
    os_hidden: z.boolean().optional(),
    disk_format: z.string().nullish(),
    container_format: z.string().nullish(),
    size: z.number().nullish(),
    virtual_size: z.number().nullish(),
    min_disk: z.number().optional(),
    min_ram: z.number().optional(),
    checksum: z.string().nullish(),
    os_hash_algo: z.string().nullish(),
    os_hash_value: z.string().nullish(),
    owner: z.string().nullish(),
    tags: z.array(z.string()).optional(),
    created_at: z.string().optional(),
    updated_at: z.string().optional(),
    // Snapshots of instances carry these custom properties.
    image_type: z.string().optional(),
    instance_uuid: z.string().optional(),
  })
  // Every other key is an extra property (architecture, description, ...): kept.
  .loose();
export type Image = z.infer<typeof imageSchema>;

export const imageListSchema = z.object({
  images: z.array(imageSchema),
  next: z.string().optional(),
});

export const imageMemberStatuses = ['accepted', 'rejected', 'pending'] as const;
export type ImageMemberStatus = (typeof imageMemberStatuses)[number];

export const imageMemberSchema = z
  .object({
    image_id: z.string(),
    member_id: z.string(),
    status: z.string(),
    created_at: z.string().optional(),
    updated_at: z.string().optional(),
  })
  .loose();
export type ImageMember = z.infer<typeof imageMemberSchema>;

export const imageMemberListSchema = z.object({ members: z.array(imageMemberSchema) });

/** GET /v2/info/import: `import-methods.value` lists the methods this cloud enables. */
export const importInfoSchema = z.object({
  'import-methods': z.object({ value: z.array(z.string()) }).loose(),
});

/** GET /v2/info/stores (only when multiple stores are configured; else 404). */
export const storesInfoSchema = z.object({
  stores: z.array(
    z
      .object({
        id: z.string(),
        description: z.string().optional(),
        // Glance sends the string "true" here.
        default: z.union([z.boolean(), z.string()]).optional(),
      })
      .loose(),
  ),
});
export type ImageStore = z.infer<typeof storesInfoSchema>['stores'][number];
