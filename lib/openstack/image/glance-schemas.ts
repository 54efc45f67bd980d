// Glance image v2 shapes (api-ref: image v2, "Images").
import { z } from 'zod';

export const imageSchema = z
  .object({
    id: z.string(),
    name: z.string().nullish(),
    status: z.string(),
    visibility: z.string().optional(),
    size: z.number().nullish(),
    min_disk: z.number().optional(),
    min_ram: z.number().optional(),
    disk_format: z.string().nullish(),
    container_format: z.string().nullish(),
    owner: z.string().nullish(),
    created_at: z.string().optional(),
    protected: z.boolean().optional(),
    // Snapshots of instances carry these custom properties.
    image_type: z.string().optional(),
    instance_uuid: z.string().optional(),
  })
  .loose();
export type Image = z.infer<typeof imageSchema>;

export const imageListSchema = z.object({
  images: z.array(imageSchema),
  next: z.string().optional(),
});
