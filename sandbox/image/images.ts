import { forbidden, notFound } from './errors';
import { listImages } from './image-list';
import { parseImageListQuery } from './image-query';
import { imageVisibleTo, type ImageViewer } from './image-store';
import { imageView } from './image-view';
import { lastValues, urlencode } from '../http/py-urlencode';
import type { ImageRegionState } from './schema';
import type { SandboxRequest, SandboxResponse } from '../http/types';

// Images (api-ref image v2 "Images"): list, show and delete.

export interface ImageCall {
  req: SandboxRequest;
  viewer: ImageViewer;
  region: ImageRegionState;
  /** Tells the store the region's images changed (to be saved). */
  changed: () => void;
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
  const id = call.req.params.image_id ?? '';
  const image = call.region.images.find((i) => i.id === id);
  if (!image || !imageVisibleTo(image, call.viewer)) {
    throw notFound(`No image found with ID ${id}`);
  }
  return { status: 200, body: imageView(image) };
}

/**
 * DELETE /v2/images/{image_id}: 204. Glance's words for an image the caller
 * cannot see, one of another project, and a protected one.
 */
export function deleteImageHandler(call: ImageCall): SandboxResponse {
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
  return { status: 204 };
}
