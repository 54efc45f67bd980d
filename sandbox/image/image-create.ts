import { randomUUID } from 'node:crypto';
import { badRequest, conflict, forbidden, GlanceError, withDetail } from './errors';
import {
  BASE_PROPERTIES,
  checkNotNegative,
  checkVisibilityAllowed,
  isReserved,
  READ_ONLY,
  validateImageFields,
} from './image-fields';
import { imageView } from './image-view';
import { parseJson } from '../http/body';
import type { ImageCall } from './images';
import type { ImageRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// POST /v2/images (api-ref image v2 "Create image"): a queued image without data,
// in the order Glance checks a request: the deserializer, the policy, the domain.

const DISALLOWED = ['direct_url', 'self', 'file', 'schema', 'stores'];

/** JSONRequestDeserializer: the body as JSON, or Glance's 400. */
export function jsonBody(call: ImageCall): unknown {
  if (call.req.body.length === 0) throw badRequest('Body expected in request.');
  const parsed = parseJson(call.req.body);
  if (!parsed.ok) throw badRequest('Malformed JSON in request body.');
  return parsed.value;
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function createImageHandler(call: ImageCall): SandboxResponse {
  const body = jsonBody(call);
  // Glance pops keys off the body without checking it is a dict: a 500.
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new GlanceError(500);
  const fields = body as Record<string, unknown>;
  for (const key of DISALLOWED) {
    if (key in fields) throw forbidden(`Attribute '${key}' is read-only.`);
  }
  validateImageFields(fields);
  const extra = Object.keys(fields).filter((k) => !BASE_PROPERTIES.has(k));
  for (const key of extra) {
    if (key.length > 255) {
      throw badRequest('Custom property should not be greater than 255 characters.');
    }
    if (isReserved(key)) throw withDetail(403, `Attribute '${key}' is reserved.`);
  }
  const { viewer } = call;
  const owner = 'owner' in fields ? str(fields.owner) : viewer.projectId;
  if (!viewer.isAdmin && owner !== viewer.projectId) {
    throw forbidden(`You are not permitted to create images owned by '${owner ?? 'None'}'.`);
  }
  checkVisibilityAllowed(fields.visibility, viewer.isAdmin);
  for (const key of Object.keys(fields)) {
    if (key !== 'id' && READ_ONLY.has(key)) throw forbidden(`Attribute '${key}' is read-only.`);
  }
  checkNotNegative('min_disk', fields.min_disk);
  checkNotNegative('min_ram', fields.min_ram);
  const id = str(fields.id) ?? randomUUID();
  if (call.region.images.some((i) => i.id === id)) {
    throw conflict(`Image with identifier ${id} already exists!`);
  }
  const now = call.now();
  const image: ImageRecord = {
    id,
    name: str(fields.name),
    status: 'queued',
    visibility: (fields.visibility as ImageRecord['visibility'] | undefined) ?? 'shared',
    protected: fields.protected === true,
    osHidden: fields.os_hidden === true,
    checksum: null,
    osHashAlgo: null,
    osHashValue: null,
    size: null,
    virtualSize: null,
    minDisk: typeof fields.min_disk === 'number' ? fields.min_disk : 0,
    minRam: typeof fields.min_ram === 'number' ? fields.min_ram : 0,
    diskFormat: str(fields.disk_format),
    containerFormat: str(fields.container_format),
    owner,
    createdAt: now,
    updatedAt: now,
    tags: [...new Set((fields.tags as string[] | undefined) ?? [])],
    properties: Object.fromEntries(extra.map((k) => [k, fields[k] as string])),
    hasData: false,
    activateAt: null,
    uploadSize: null,
    members: [],
    staged: null,
  };
  call.region.images.push(image);
  call.changed();
  return {
    status: 201,
    headers: { Location: `${call.req.origin}/v2/images/${id}` },
    body: imageView(image),
  };
}
