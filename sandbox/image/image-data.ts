import { forbidden, GlanceError, badRequest, notFound, unsupportedMediaType } from './errors';
import { DataTooLargeError, zeros, type DataKind } from './image-data-files';
import { findImageRecord } from './image-store';
import { noImageWithId, ownsImage, visibleImage, type ImageCall } from './images';
import { header, type SandboxResponse } from '../http/types';
import type { ImageRecord } from './schema';

// Image data (api-ref image v2 "Image data", "Stage binary image data"): PUT /file
// and /stage stream the body into a file (queued → saving → active, or queued →
// uploading); GET /file streams it back. A failed or aborted upload returns the
// image to queued and leaves no file.

/** Glance's image_size_cap default: 1 TiB. */
export const IMAGE_SIZE_CAP = 1099511627776;

const OCTET_STREAM = 'application/octet-stream';

function checkUpload(
  call: ImageCall,
  target: 'saving' | 'uploading',
): ImageRecord | SandboxResponse {
  const contentType = (header(call.req, 'content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (contentType !== OCTET_STREAM) return unsupportedMediaType(call.req, contentType);
  const image = visibleImage(call, noImageWithId);
  if (!ownsImage(call, image)) {
    throw forbidden(`Not allowed to upload image data for image ${image.id}`);
  }
  if (target === 'saving' && (!image.diskFormat || !image.containerFormat)) {
    throw badRequest('Properties disk_format, container_format must be set prior to saving data.');
  }
  if (image.status !== 'queued') {
    throw new GlanceError(
      409,
      `Image status transition from ${image.status} to ${target} is not allowed`,
    );
  }
  const declared = Number(header(call.req, 'content-length') ?? '0');
  if (declared > IMAGE_SIZE_CAP) {
    throw new GlanceError(413, `Image exceeds the storage quota: ${declared} bytes.`);
  }
  return image;
}

/** Sets fields on the image if it still exists; the region's list holds new objects. */
function update(call: ImageCall, id: string, fields: Partial<ImageRecord>): boolean {
  const image = findImageRecord(call.region, id);
  if (!image) return false;
  call.region.images = call.region.images.map((i) =>
    i.id === id ? { ...i, ...fields, updatedAt: call.now() } : i,
  );
  call.changed();
  return true;
}

async function receive(
  call: ImageCall,
  target: 'saving' | 'uploading',
  kind: DataKind,
): Promise<SandboxResponse> {
  const checked = checkUpload(call, target);
  if (!('id' in checked)) return checked;
  const { id } = checked;
  const stream = call.req.stream;
  if (!stream) throw new GlanceError(500);
  update(call, id, { status: target });
  let data;
  try {
    data = await call.files.receive(id, stream, kind, IMAGE_SIZE_CAP);
  } catch (err) {
    update(call, id, { status: 'queued' });
    if (err instanceof DataTooLargeError) {
      throw new GlanceError(413, `Image exceeds the storage quota: ${err.limit} bytes.`);
    }
    // Mostly the client went away mid-upload: nobody reads this answer.
    throw new GlanceError(500);
  }
  const fields: Partial<ImageRecord> =
    kind === 'file'
      ? {
          status: 'active',
          size: data.size,
          virtualSize: checked.diskFormat === 'raw' ? data.size : null,
          checksum: data.checksum,
          osHashAlgo: 'sha512',
          osHashValue: data.osHashValue,
          hasData: true,
        }
      : {
          status: 'uploading',
          size: data.size,
          staged: { checksum: data.checksum, osHashValue: data.osHashValue },
        };
  if (!update(call, id, fields)) {
    await call.files.remove(id);
    throw new GlanceError(
      410,
      `Image ${id} could not be found after upload. The image may have been deleted during the upload.`,
    );
  }
  return { status: 204 };
}

export const uploadImageDataHandler = (call: ImageCall) => receive(call, 'saving', 'file');
export const stageImageDataHandler = (call: ImageCall) => receive(call, 'uploading', 'staging');

/** GET /v2/images/{image_id}/file: the data, streamed; 204 for an image without any. */
export async function downloadImageDataHandler(call: ImageCall): Promise<SandboxResponse> {
  const image = visibleImage(call, noImageWithId);
  if (!image.hasData) return { status: 204 };
  if (image.status === 'deactivated' && !call.viewer.isAdmin) {
    throw forbidden('The requested image has been deactivated. Image data download is forbidden.');
  }
  const file = await call.files.open(image.id);
  const size = file?.size ?? image.size ?? 0;
  if (!file && image.size === null) throw notFound(`Image ${image.id} has no data.`);
  return {
    status: 200,
    headers: {
      'Content-Type': OCTET_STREAM,
      'Content-Length': String(size),
      ...(image.checksum ? { 'Content-MD5': image.checksum } : {}),
    },
    body: file?.stream ?? zeros(size),
  };
}
