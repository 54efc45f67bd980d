import type { ImageRecord } from './schema';

// glance.api.v2.images.ResponseSerializer._format_image, for the devcloud's
// configuration: show_image_direct_url = true and one enabled backend, "fs".

export const STORE_ID = 'fs';
const STORE_DIR = '/var/lib/glance/images';

/** oslo timeutils.isotime: seconds and a Z. */
export function glanceTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function imageHref(image: Pick<ImageRecord, 'id'>): string {
  return `/v2/images/${image.id}`;
}

export function imageView(image: ImageRecord): Record<string, unknown> {
  const view: Record<string, unknown> = {
    ...image.properties,
    name: image.name,
    disk_format: image.diskFormat,
    container_format: image.containerFormat,
    visibility: image.visibility,
    size: image.size,
    virtual_size: image.virtualSize,
    status: image.status,
    checksum: image.checksum,
    protected: image.protected,
    min_ram: image.minRam,
    min_disk: image.minDisk,
    owner: image.owner,
    os_hidden: image.osHidden,
    os_hash_algo: image.osHashAlgo,
    os_hash_value: image.osHashValue,
    id: image.id,
    created_at: glanceTime(image.createdAt),
    updated_at: glanceTime(image.updatedAt),
  };
  if (image.hasData) view.direct_url = `file://${STORE_DIR}/${image.id}`;
  view.tags = [...image.tags];
  view.self = imageHref(image);
  view.file = `${imageHref(image)}/file`;
  view.schema = '/v2/schemas/image';
  if (image.hasData) view.stores = STORE_ID;
  return view;
}
