import { forbidden, notFound } from './errors';
import { validateImageFields } from './image-fields';
import { ownsImage, visibleImage, type ImageCall } from './images';
import type { SandboxResponse } from '../http/types';

// Image tags (api-ref image v2 "Image tags"): PUT adds (again is fine), DELETE removes.

const imageNotFound = (id: string) => `Image ${id} not found.`;

function ownedImage(call: ImageCall) {
  const image = visibleImage(call, imageNotFound);
  if (!ownsImage(call, image)) throw forbidden(`Not allowed to update tags for image ${image.id}.`);
  return image;
}

function setTags(call: ImageCall, id: string, tags: string[]): void {
  const now = call.now();
  call.region.images = call.region.images.map((i) =>
    i.id === id ? { ...i, tags, updatedAt: now } : i,
  );
  call.changed();
}

export function addTagHandler(call: ImageCall): SandboxResponse {
  const image = ownedImage(call);
  const tag = call.req.params.tag ?? '';
  validateImageFields({ tags: [tag] });
  if (!image.tags.includes(tag)) setTags(call, image.id, [...image.tags, tag]);
  return { status: 204 };
}

export function removeTagHandler(call: ImageCall): SandboxResponse {
  const image = ownedImage(call);
  const tag = call.req.params.tag ?? '';
  if (!image.tags.includes(tag)) throw notFound();
  setTags(
    call,
    image.id,
    image.tags.filter((t) => t !== tag),
  );
  return { status: 204 };
}
