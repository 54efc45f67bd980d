import {
  addImage,
  findImageRecord,
  imageVisibleTo,
  replaceImage,
  settleImages,
} from '../image/image-store';
import { emptyImageRegion, type ImageRecord, type ImageRegionState } from '../image/schema';
import type { SandboxState } from '../state';

// What Cinder asks of the sandbox's Glance: the image a volume is made from, and
// the image "Upload to Image" makes (queued, then active when the upload ends).

function images(state: SandboxState, region: string): ImageRegionState {
  return (state.image[region] ??= emptyImageRegion());
}

export function findImage(
  state: SandboxState,
  region: string,
  viewer: { projectId: string; isAdmin: boolean },
  imageId: string,
  now: number,
): ImageRecord | undefined {
  const regionImages = images(state, region);
  settleImages(regionImages, now);
  const image = findImageRecord(regionImages, imageId);
  return image && imageVisibleTo(image, viewer) ? image : undefined;
}

export interface UploadRequest {
  projectId: string;
  name: string;
  diskFormat: string;
  containerFormat: string;
  visibility: ImageRecord['visibility'];
  protected: boolean;
  /** Bytes the image will hold: the volume's size. */
  size: number;
  minDisk: number;
  properties: Record<string, string>;
  now: number;
  activateAfterMs: number;
}

export function createUploadImage(
  state: SandboxState,
  region: string,
  r: UploadRequest,
): ImageRecord {
  const regionImages = images(state, region);
  const image = addImage(
    regionImages,
    {
      name: r.name,
      owner: r.projectId,
      visibility: r.visibility,
      minDisk: r.minDisk,
      properties: r.properties,
    },
    r.now,
  );
  const queued: ImageRecord = {
    ...image,
    protected: r.protected,
    diskFormat: r.diskFormat,
    containerFormat: r.containerFormat,
    activateAt: r.now + r.activateAfterMs,
    uploadSize: r.size,
  };
  replaceImage(regionImages, queued);
  return queued;
}
