import { badRequest, forbidden, unsupportedMediaType, withDetail } from './errors';
import { jsonBody } from './image-create';
import {
  BASE_PROPERTIES,
  checkNotNegative,
  checkVisibilityAllowed,
  isReserved,
  READ_ONLY,
  validateImageFields,
} from './image-fields';
import { imageView } from './image-view';
import { noImageWithId, ownsImage, visibleImage, type ImageCall } from './images';
import { header, type SandboxResponse } from '../http/types';
import type { ImageRecord } from './schema';

// PATCH /v2/images/{image_id} (api-ref image v2 "Update image"): JSON-Patch as
// Glance reads it (RequestDeserializer.update), then applied on a copy so a
// refused operation changes nothing.

const PATCH_TYPES: Record<string, 4 | 10> = {
  'application/openstack-images-v2.0-json-patch': 4,
  'application/openstack-images-v2.1-json-patch': 10,
};
const OPERATIONS = ['add', 'remove', 'replace'] as const;
type Operation = (typeof OPERATIONS)[number];

interface Change {
  op: Operation;
  path: string[];
  value?: unknown;
}

function decodePointer(pointer: unknown): string[] {
  const p = String(pointer);
  if (!p.startsWith('/')) throw badRequest(`Pointer \`${p}\` does not start with "/".`);
  if (/\/\s*?\//.test(p.slice(1))) throw badRequest(`Pointer \`${p}\` contains adjacent "/".`);
  if (p.length > 1 && p.endsWith('/')) throw badRequest(`Pointer \`${p}\` end with "/".`);
  if (p.slice(1).trim() === '/') {
    throw badRequest(`Pointer \`${p}\` does not contains valid token.`);
  }
  if (/~[^01]/.test(p) || p.endsWith('~')) {
    throw badRequest(`Pointer \`${p}\` contains "~" not part of a recognized escape sequence.`);
  }
  return p
    .replace(/^\/+/, '')
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~').trim());
}

function operationOf(raw: Record<string, unknown>, draft: 4 | 10): [Operation, unknown] {
  const available = OPERATIONS.join(', ');
  if (draft === 10) {
    const op = raw.op;
    if (op === undefined || op === null) {
      throw badRequest(
        `Unable to find \`op\` in JSON Schema change. It must be one of the following: ${available}.`,
      );
    }
    if (!OPERATIONS.includes(op as Operation)) {
      throw badRequest(
        `Invalid operation: \`${String(op)}\`. It must be one of the following: ${available}.`,
      );
    }
    if (!('path' in raw)) throw badRequest("Unable to find 'path' in JSON Schema change");
    return [op as Operation, raw.path];
  }
  const present = OPERATIONS.filter((o) => o in raw);
  if (present.length > 1) {
    throw badRequest(
      'Operation objects must contain only one member named "add", "remove", or "replace".',
    );
  }
  const op = present[0];
  if (!op) {
    throw badRequest(
      'Operation objects must contain exactly one member named "add", "remove", or "replace".',
    );
  }
  return [op, raw[op]];
}

function parseChanges(body: unknown, draft: 4 | 10): Change[] {
  if (!Array.isArray(body)) {
    throw badRequest('Request body must be a JSON array of operation objects.');
  }
  return body.map((raw: unknown): Change => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw badRequest('Operations must be JSON objects.');
    }
    const record = raw as Record<string, unknown>;
    const [op, pointer] = operationOf(record, draft);
    const path = decodePointer(pointer);
    const root = path[0] ?? '';
    const depth = root === 'locations' ? (op === 'replace' ? 1 : 2) : 1;
    if (path.length !== depth) {
      throw badRequest(`Invalid JSON pointer for this resource: '/${path.join('/')}'`);
    }
    const change: Change = { op, path };
    if (op !== 'remove') {
      if (!('value' in record)) {
        throw badRequest(`Operation "${op}" requires a member named "value".`);
      }
      change.value = record.value;
    }
    if (READ_ONLY.has(root)) throw forbidden(`Attribute '${root}' is read-only.`);
    if (isReserved(root)) throw forbidden(`Attribute '${root}' is reserved.`);
    if (op !== 'remove' && path.length === 1) validateImageFields({ [root]: change.value });
    return change;
  });
}

const COLUMNS: Record<string, keyof ImageRecord> = {
  name: 'name',
  visibility: 'visibility',
  protected: 'protected',
  os_hidden: 'osHidden',
  owner: 'owner',
  container_format: 'containerFormat',
  disk_format: 'diskFormat',
  tags: 'tags',
  min_ram: 'minRam',
  min_disk: 'minDisk',
};

function setAttribute(image: ImageRecord, call: ImageCall, key: string, value: unknown): void {
  checkNotNegative(key, value);
  if (key === 'visibility') checkVisibilityAllowed(value, call.viewer.isAdmin);
  if ((key === 'disk_format' || key === 'container_format') && image.status !== 'queued') {
    throw forbidden(`Attribute ${key} can be only replaced for a queued image.`);
  }
  const column = COLUMNS[key];
  if (column === 'tags') image.tags = [...new Set(value as string[])];
  else if (column) (image as Record<string, unknown>)[column] = value;
  else image.properties[key] = value as string;
}

function apply(image: ImageRecord, call: ImageCall, change: Change, draft: 4 | 10): void {
  const root = change.path[0] ?? '';
  if (root === 'locations') {
    // show_multiple_locations is off, as on the devcloud.
    throw forbidden("It's not allowed to update locations if locations are invisible.");
  }
  if (change.op === 'remove') {
    if (BASE_PROPERTIES.has(root)) throw withDetail(403, `Property ${root} may not be removed.`);
    if (!(root in image.properties)) throw withDetail(409, `Property ${root} does not exist.`);
    delete image.properties[root];
    return;
  }
  if (change.op === 'replace') {
    if (root === 'owner' && !call.viewer.isAdmin) {
      throw withDetail(403, "Owner can't be updated by non admin.");
    }
    if (!BASE_PROPERTIES.has(root) && !(root in image.properties)) {
      throw withDetail(409, `Property ${root} does not exist.`);
    }
  } else if (draft === 4 && (BASE_PROPERTIES.has(root) || root in image.properties)) {
    throw withDetail(409, `Property ${root} already present.`);
  }
  setAttribute(image, call, root, change.value);
}

export function updateImageHandler(call: ImageCall): SandboxResponse {
  const contentType = (header(call.req, 'content-type') ?? '').split(';')[0]?.trim() ?? '';
  const draft = PATCH_TYPES[contentType];
  if (!draft) {
    const response = unsupportedMediaType(call.req, contentType);
    return {
      ...response,
      headers: { ...response.headers, 'Accept-Patch': Object.keys(PATCH_TYPES).sort().join(', ') },
    };
  }
  const changes = parseChanges(jsonBody(call), draft);
  const found = visibleImage(call, noImageWithId);
  if (!ownsImage(call, found)) throw forbidden('You do not own this image');
  const image: ImageRecord = structuredClone(found);
  for (const change of changes) apply(image, call, change, draft);
  if (changes.length > 0) {
    image.updatedAt = call.now();
    call.region.images = call.region.images.map((i) => (i.id === image.id ? image : i));
    call.changed();
  }
  return { status: 200, body: imageView(image) };
}
