// Image (Glance v2) calls. api-ref: image v2, "Images".
import {
  imageListSchema,
  imageSchema,
  type Image,
  type ImageVisibility,
} from '@/lib/openstack/image/glance-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';
import { imageDataApi } from './image-data';
import { IMAGE_PATCH_CONTENT_TYPE, type ImagePatchOp } from './image-patch';
import { imageSharingApi } from './image-sharing';
import type { ListQuery, ListResult } from '../pagination';

export interface ImageCreateInput {
  name?: string;
  /** Only when the caller must choose the id (Glance makes one otherwise). */
  id?: string;
  disk_format?: string;
  container_format?: string;
  visibility?: ImageVisibility;
  protected?: boolean;
  min_disk?: number;
  min_ram?: number;
  tags?: string[];
  /** Extra properties (architecture, description, hw_*, ...), sent as top-level keys. */
  properties?: Record<string, string>;
}

function markerFromNext(next: string | undefined): string | undefined {
  if (!next) return undefined;
  return new URL(next, 'http://placeholder').searchParams.get('marker') ?? undefined;
}

export function imageApi(t: Transport) {
  return {
    /**
     * GET /v2/images. `filters` go as they are: visibility (public|community|shared|private|all),
     * owner, member_status, name, status, tag, sort_key/sort_dir, ...
     */
    async listImages(query: ListQuery = {}): Promise<ListResult<Image>> {
      const body = await osFetch(
        t,
        {
          service: 'image',
          path: '/v2/images',
          query: { limit: query.limit, marker: query.marker, ...query.filters },
        },
        imageListSchema,
      );
      return { items: body.images, next: markerFromNext(body.next) };
    },

    /** Several images by id in one call (Glance's `id=in:` filter). */
    async imagesByIds(ids: string[]): Promise<Image[]> {
      if (ids.length === 0) return [];
      const body = await osFetch(
        t,
        {
          service: 'image',
          path: '/v2/images',
          query: { id: `in:${ids.join(',')}`, limit: ids.length },
        },
        imageListSchema,
      );
      return body.images;
    },

    async getImage(id: string): Promise<Image> {
      return osFetch(t, { service: 'image', path: `/v2/images/${seg(id)}` }, imageSchema);
    },

    /** POST /v2/images: 201 with the new image, `queued` until data arrive. */
    async createImage(input: ImageCreateInput): Promise<Image> {
      const { properties, ...core } = input;
      const body: Record<string, unknown> = { ...properties };
      for (const [key, value] of Object.entries(core)) if (value !== undefined) body[key] = value;
      return osFetch(
        t,
        { service: 'image', method: 'POST', path: '/v2/images', body },
        imageSchema,
      );
    },

    /** PATCH /v2/images/{id} with JSON-Patch operations (see imagePatchOps). */
    async updateImage(id: string, ops: ImagePatchOp[]): Promise<Image> {
      return osFetch(
        t,
        {
          service: 'image',
          method: 'PATCH',
          path: `/v2/images/${seg(id)}`,
          headers: { 'Content-Type': IMAGE_PATCH_CONTENT_TYPE },
          body: ops,
        },
        imageSchema,
      );
    },

    /** DELETE /v2/images/{id}: 204; a protected image is refused with 403. */
    async deleteImage(id: string): Promise<void> {
      await osSend(t, { service: 'image', method: 'DELETE', path: `/v2/images/${seg(id)}` });
    },

    ...imageDataApi(t),
    ...imageSharingApi(t),
  };
}
