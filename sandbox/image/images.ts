import { forbidden, notFound } from './errors';
import { listImages } from './image-list';
import { parseImageListQuery } from './image-query';
import { imageVisibleTo, type ImageViewer } from './image-store';
import { imageView } from './image-view';
import { lastValues, urlencode } from '../http/py-urlencode';
import type { ImageDataFiles } from './image-data-files';
import type { ImageRecord, ImageRegionState } from './schema';
import type { SandboxRequest, SandboxResponse } from '../http/types';

// Images (api-ref image v2 "Images"): list, show and delete; what the other handlers share.

export interface ImageCall {
  req: SandboxRequest;
  viewer: ImageViewer;
  region: ImageRegionState;
  /** Tells the store the region's images changed (to be saved). */
  changed: () => void;
  /** The region's image data files. */
  files: ImageDataFiles;
  now: () => number;
}

/** The image the caller may see, or Glance's 404 with `missing` as its text. */
export function visibleImage(call: ImageCall, missing: (id: string) => string): ImageRecord {
  const id = call.req.params.image_id ?? '';
  const image = call.region.images.find((i) => i.id === id);
  if (!image || !imageVisibleTo(image, call.viewer)) throw notFound(missing(id));
  return image;
}

export const noImageWithId = (id: string) => `No image found with ID ${id}`;

/** Whether the caller's project owns the image (admins act as owners). */
export function ownsImage(call: ImageCall, image: ImageRecord): boolean {
  return call.viewer.isAdmin || image.owner === call.viewer.projectId;
}

export function listImagesHandler(call: ImageCall): SandboxResponse {
  const pairs = [...call.req.query];
  const query = parseImageListQuery(pairs);
  const images = listImages(call.region.images, call.viewer, query);
  // ResponseSerializer.index: the request's own parameters, the last value of each.
  const params = lastValues(pairs);
  params.delete('marker');
  const body: Record<string, unknown> = {
    images: images.map(imageView),
    first: params.size > 0 ? `/v2/images?${urlencode(params)}` : '/v2/images',
    schema: '/v2/schemas/images',
  };
  const last = images.at(-1);
  if (last && images.length === query.limit) {
    params.set('marker', last.id);
    body.next = `/v2/images?${urlencode(params)}`;
  }
  return { status: 200, body };
}

export function showImageHandler(call: ImageCall): SandboxResponse {
  return { status: 200, body: imageView(visibleImage(call, noImageWithId)) };
}

/**
 * DELETE /v2/images/{image_id}: 204. Glance's words for an image the caller
 * cannot see, one of another project, and a protected one.
 */
export async function deleteImageHandler(call: ImageCall): Promise<SandboxResponse> {
  const id = call.req.params.image_id ?? '';
  const image = call.region.images.find((i) => i.id === id);
  if (!image || !imageVisibleTo(image, call.viewer)) {
    throw notFound(`Failed to find image ${id} to delete`);
  }
  if (!call.viewer.isAdmin && image.owner !== call.viewer.projectId) {
    throw forbidden('You do not own this image');
  }
  if (image.protected) throw forbidden(`Image ${id} is protected and cannot be deleted.`);
  call.region.images = call.region.images.filter((i) => i.id !== id);
  call.changed();
  await call.files.remove(id);
  return { status: 204 };
}
