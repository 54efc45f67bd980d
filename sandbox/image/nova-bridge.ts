import {
  activated,
  addImage,
  findImageRecord,
  imageVisibleTo,
  replaceImage,
  settleImages,
} from './image-store';
import { emptyImageRegion, type ImageRecord, type ImageRegionState } from './schema';
import type { SandboxState } from '../state';

// What Nova asks of Glance, as pure functions over the sandbox state: image
// look-ups when booting, and the snapshot image that createImage makes.

export type { ImageRecord } from './schema';

function imageRegion(state: SandboxState, region: string): ImageRegionState {
  return (state.image[region] ??= emptyImageRegion());
}

/**
 * GET /v2/images/{id} as the caller: the image when it exists and the project may
 * see it (public, community, or its own; admins see all), else undefined — Nova
 * then answers "Image <id> could not be found." Snapshots due by `now` are active.
 */
export function findImage(
  state: SandboxState,
  region: string,
  projectId: string | null,
  imageId: string,
  opts: { isAdmin?: boolean; now?: number } = {},
): ImageRecord | undefined {
  const images = imageRegion(state, region);
  settleImages(images, opts.now ?? Date.now());
  const image = findImageRecord(images, imageId);
  if (!image) return undefined;
  return imageVisibleTo(image, { projectId, isAdmin: opts.isAdmin ?? false }) ? image : undefined;
}

/** What a flavor must offer to boot this image (Glance's min_disk in GiB, min_ram in MiB). */
export function imageMinima(image: Pick<ImageRecord, 'minDisk' | 'minRam'>): {
  minDisk: number;
  minRam: number;
} {
  return { minDisk: image.minDisk, minRam: image.minRam };
}

export interface SnapshotImageRequest {
  /** The requester's project: the image owner. */
  projectId: string;
  name: string;
  serverId: string;
  minDisk: number;
  minRam: number;
  /**
   * Image properties Nova sets (user_id, image_type, base_image_ref, owner_* …, plus
   * the createImage body's metadata). instance_uuid and image_type default to the
   * server and 'snapshot'.
   */
  metadata?: Record<string, string>;
  /** 'shared' when an admin snapshots another project's server (Nova adds instance_owner). */
  visibility?: 'private' | 'shared';
  now?: number;
  /**
   * Turn active this many ms after `now`, as if Nova's upload finished then. Omitted:
   * the image stays queued until activateImage() (the devcloud's fake driver never
   * uploads, so there it stays queued for good).
   */
  activateAfterMs?: number;
}

/** POST /v2/images as nova.compute.utils.create_image does it for createImage. */
export function createSnapshotImage(
  state: SandboxState,
  region: string,
  request: SnapshotImageRequest,
): ImageRecord {
  const images = imageRegion(state, region);
  const now = request.now ?? Date.now();
  const properties: Record<string, string> = {
    instance_uuid: request.serverId,
    image_type: 'snapshot',
    ...request.metadata,
  };
  const base = properties.base_image_ref
    ? findImageRecord(images, properties.base_image_ref)
    : undefined;
  const image = addImage(
    images,
    {
      name: request.name,
      owner: request.projectId,
      visibility: request.visibility ?? 'private',
      minDisk: request.minDisk,
      minRam: request.minRam,
      properties,
    },
    now,
  );
  const queued: ImageRecord = {
    ...image,
    activateAt: request.activateAfterMs === undefined ? null : now + request.activateAfterMs,
    // A snapshot is about as big as what the server was booted from.
    uploadSize: base?.size ?? 0,
  };
  replaceImage(images, queued);
  return queued;
}

/** Finishes a queued snapshot's upload now: active, with size and checksums. */
export function activateImage(
  state: SandboxState,
  region: string,
  imageId: string,
  now: number = Date.now(),
): ImageRecord | undefined {
  const images = imageRegion(state, region);
  const image = findImageRecord(images, imageId);
  if (!image || image.status !== 'queued') return image;
  const done = activated(image, now);
  replaceImage(images, done);
  return done;
}

/** Removes an image (Nova deletes a snapshot whose upload failed). */
export function deleteImage(state: SandboxState, region: string, imageId: string): boolean {
  const images = imageRegion(state, region);
  const before = images.images.length;
  images.images = images.images.filter((image) => image.id !== imageId);
  return images.images.length < before;
}
