import { createHash, randomUUID } from 'node:crypto';
import type { ImageRecord, ImageRegionState } from './schema';

// Images of one Glance (one region): who may see them, and the queued -> active
// step of a snapshot. Pure functions over the region's state.

export interface ImageViewer {
  /** The token's project (Glance's context.owner); null when not project-scoped. */
  projectId: string | null;
  isAdmin: boolean;
}

/** glance.db.utils.is_image_visible: admins, public and community images, owners, members. */
export function imageVisibleTo(image: ImageRecord, viewer: ImageViewer): boolean {
  if (viewer.isAdmin || image.owner === null) return true;
  if (image.visibility === 'public' || image.visibility === 'community') return true;
  if (viewer.projectId === null) return false;
  if (image.owner === viewer.projectId) return true;
  return image.visibility === 'shared' && memberOf(image, viewer.projectId) !== undefined;
}

export function memberOf(image: ImageRecord, projectId: string | null) {
  return image.members.find((m) => m.memberId === projectId);
}

/** Data an image gets once it is uploaded: the fs store's checksums and sizes. */
export function withData(image: ImageRecord, size: number, content: Buffer | string): ImageRecord {
  return {
    ...image,
    size,
    checksum: createHash('md5').update(content).digest('hex'),
    osHashAlgo: 'sha512',
    osHashValue: createHash('sha512').update(content).digest('hex'),
    hasData: true,
  };
}

/** Snapshots whose upload time has come become active, as after Nova's upload. */
export function settleImages(region: ImageRegionState, now: number): boolean {
  let changed = false;
  region.images = region.images.map((image) => {
    if (image.activateAt === null || image.activateAt > now) return image;
    if (image.status === 'importing') {
      changed = true;
      return importedImage(image, image.activateAt);
    }
    if (image.status !== 'queued') return image;
    changed = true;
    return activated(image, image.activateAt);
  });
  return changed;
}

export function activated(image: ImageRecord, at: number): ImageRecord {
  const size = image.uploadSize ?? image.size ?? 0;
  return {
    ...withData(image, size, `snapshot ${image.id}`),
    status: 'active',
    diskFormat: image.diskFormat ?? 'qcow2',
    containerFormat: image.containerFormat ?? 'bare',
    updatedAt: at,
    activateAt: null,
    uploadSize: null,
  };
}

export function findImageRecord(
  region: ImageRegionState,
  imageId: string,
): ImageRecord | undefined {
  return region.images.find((image) => image.id === imageId);
}

export interface NewImage {
  name: string | null;
  owner: string | null;
  visibility: ImageRecord['visibility'];
  minDisk?: number;
  minRam?: number;
  diskFormat?: string | null;
  containerFormat?: string | null;
  properties?: Record<string, string>;
  tags?: string[];
}

/** A queued image as POST /v2/images leaves it: no data, no checksums, no formats. */
export function addImage(region: ImageRegionState, fields: NewImage, now: number): ImageRecord {
  const image: ImageRecord = {
    id: randomUUID(),
    name: fields.name,
    status: 'queued',
    visibility: fields.visibility,
    protected: false,
    osHidden: false,
    checksum: null,
    osHashAlgo: null,
    osHashValue: null,
    size: null,
    virtualSize: null,
    minDisk: fields.minDisk ?? 0,
    minRam: fields.minRam ?? 0,
    diskFormat: fields.diskFormat ?? null,
    containerFormat: fields.containerFormat ?? null,
    owner: fields.owner,
    createdAt: now,
    updatedAt: now,
    tags: fields.tags ?? [],
    properties: fields.properties ?? {},
    hasData: false,
    activateAt: null,
    uploadSize: null,
    members: [],
    staged: null,
  };
  region.images.push(image);
  return image;
}

export function replaceImage(region: ImageRegionState, image: ImageRecord): void {
  region.images = region.images.map((i) => (i.id === image.id ? image : i));
}

/** A glance-direct import done: the staged data are the image's, as Glance's task leaves it. */
export function importedImage(image: ImageRecord, at: number): ImageRecord {
  const { os_glance_import_task: _task, ...properties } = image.properties;
  return {
    ...image,
    ...(image.staged
      ? { checksum: image.staged.checksum, osHashValue: image.staged.osHashValue }
      : {}),
    osHashAlgo: 'sha512',
    virtualSize: image.diskFormat === 'raw' ? image.size : null,
    hasData: true,
    staged: null,
    status: 'active',
    updatedAt: at,
    activateAt: null,
    properties: { ...properties, os_glance_importing_to_stores: '', os_glance_failed_import: '' },
  };
}
