import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { badRequest, conflict, forbidden } from './errors';
import { jsonBody } from './image-create';
import { IMAGE_SIZE_CAP } from './image-data';
import { findImageRecord } from './image-store';
import { STORE_ID } from './image-view';
import { noImageWithId, ownsImage, visibleImage, type ImageCall } from './images';
import type { ImageRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// Interoperable image import (api-ref image v2 "Interoperable image import"):
// GET /v2/info/import and /v2/info/stores, POST /v2/images/{id}/import with
// glance-direct (staged data) or web-download (loopback URLs only: the sandbox
// never reaches outside the machine; other URLs get Glance's filtering refusal).

export const IMPORT_METHODS = ['glance-direct', 'web-download'] as const;
/** How long a glance-direct import stays `importing`. */
export const IMPORT_MS = 300;

export function importInfoHandler(): SandboxResponse {
  return {
    status: 200,
    body: {
      'import-methods': {
        description: 'Import methods available.',
        type: 'array',
        value: [...IMPORT_METHODS],
      },
    },
  };
}

export function storesInfoHandler(): SandboxResponse {
  return { status: 200, body: { stores: [{ id: STORE_ID, default: 'true' }] } };
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** The sandbox's import filter: http(s) to this machine only. */
export function passesFilter(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.test(url.hostname);
}

function methodOf(body: unknown): { name: string; uri?: unknown } {
  const method =
    typeof body === 'object' && body !== null ? (body as { method?: unknown }).method : undefined;
  if (typeof method !== 'object' || method === null) {
    throw badRequest("Import request requires a 'method' field.");
  }
  const { name, uri } = method as { name?: unknown; uri?: unknown };
  if (name === undefined) throw badRequest("Import request requires a 'name' field.");
  if (!IMPORT_METHODS.includes(name as (typeof IMPORT_METHODS)[number])) {
    throw badRequest(`Unknown import method name '${String(name)}'.`);
  }
  return { name: name as string, uri };
}

function checkImportable(image: ImageRecord, method: string): void {
  if (image.status === 'active') {
    throw conflict('Image with status active cannot be target for import');
  }
  if (method === 'web-download' && image.status !== 'queued') {
    throw conflict(`Image needs to be in 'queued' state to use '${method}' method`);
  }
  if (method === 'glance-direct' && image.status !== 'uploading') {
    throw conflict("Image needs to be staged before 'glance-direct' method can be used");
  }
  if (image.properties.os_glance_import_task) {
    throw conflict(
      `New operation on image '${image.id}' is not permitted as prior operation is still in progress`,
    );
  }
}

function setImage(call: ImageCall, id: string, change: (i: ImageRecord) => ImageRecord): boolean {
  if (!findImageRecord(call.region, id)) return false;
  call.region.images = call.region.images.map((i) => (i.id === id ? change(i) : i));
  call.changed();
  return true;
}

/** web-download's task: fetch the URL into the image's file, then active (or back to queued). */
async function download(call: ImageCall, id: string, uri: string): Promise<void> {
  try {
    const response = await fetch(uri, { redirect: 'follow' });
    if (!response.ok || !response.body) throw new Error(`GET ${uri}: ${response.status}`);
    const data = await call.files.receive(
      id,
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>),
      'file',
      IMAGE_SIZE_CAP,
    );
    const kept = setImage(call, id, (i) => {
      const { os_glance_import_task: _task, ...properties } = i.properties;
      return {
        ...i,
        status: 'active',
        size: data.size,
        virtualSize: i.diskFormat === 'raw' ? data.size : null,
        checksum: data.checksum,
        osHashAlgo: 'sha512',
        osHashValue: data.osHashValue,
        hasData: true,
        updatedAt: call.now(),
        properties: {
          ...properties,
          os_glance_importing_to_stores: '',
          os_glance_failed_import: '',
        },
      };
    });
    if (!kept) await call.files.remove(id);
  } catch {
    setImage(call, id, (i) => {
      const { os_glance_import_task: _task, ...properties } = i.properties;
      return {
        ...i,
        status: 'queued',
        updatedAt: call.now(),
        properties: {
          ...properties,
          os_glance_importing_to_stores: '',
          os_glance_failed_import: STORE_ID,
        },
      };
    });
  }
}

export async function importImageHandler(call: ImageCall): Promise<SandboxResponse> {
  const method = methodOf(jsonBody(call));
  const image = visibleImage(call, noImageWithId);
  if (!ownsImage(call, image))
    throw forbidden('You are not authorized to complete import_image action.');
  checkImportable(image, method.name);
  if (method.name === 'web-download') {
    const uri = typeof method.uri === 'string' ? method.uri : '';
    if (!passesFilter(uri)) {
      throw badRequest(`URI for web-download does not pass filtering: ${String(method.uri)}`);
    }
    setImage(call, image.id, (i) => ({
      ...i,
      status: 'importing',
      properties: { ...i.properties, os_glance_import_task: randomUUID() },
    }));
    void download(call, image.id, uri);
    return { status: 202 };
  }
  await call.files.promoteStaged(image.id);
  setImage(call, image.id, (i) => ({
    ...i,
    status: 'importing',
    activateAt: call.now() + IMPORT_MS,
    properties: { ...i.properties, os_glance_import_task: randomUUID() },
  }));
  return { status: 202 };
}
