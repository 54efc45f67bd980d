// Image (Glance v2) calls. api-ref: image v2, "Images".
import { imageListSchema, imageSchema, type Image } from '@/lib/openstack/image/glance-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';
import type { ListQuery, ListResult } from '../pagination';

function markerFromNext(next: string | undefined): string | undefined {
  if (!next) return undefined;
  return new URL(next, 'http://placeholder').searchParams.get('marker') ?? undefined;
}

export function imageApi(t: Transport) {
  return {
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

    /** DELETE /v2/images/{id}: 204; a protected image is refused with 403. */
    async deleteImage(id: string): Promise<void> {
      await osSend(t, { service: 'image', method: 'DELETE', path: `/v2/images/${seg(id)}` });
    },
  };
}
