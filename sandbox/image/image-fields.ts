import { badRequest, forbidden } from './errors';
import { firstSchemaError, type JsonSchema } from '../validation/json-schema';
import { pyRepr } from '../validation/py-repr';

// The image schema Glance validates a new image and each PATCH value against
// (glance.api.v2.images.get_schema, with the devcloud's formats), and its lists of
// read-only, reserved and base attributes.

export const DISK_FORMATS = [
  'ami',
  'ari',
  'aki',
  'vhd',
  'vhdx',
  'vmdk',
  'raw',
  'qcow2',
  'vdi',
  'iso',
  'ploop',
] as const;
export const CONTAINER_FORMATS = [
  'ami',
  'ari',
  'aki',
  'bare',
  'ovf',
  'ova',
  'docker',
  'compressed',
] as const;

const nullableString = ['null', 'string'] as const;

/** Base properties in the schema's order (the order jsonschema reports errors in). */
const IMAGE_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    id: {
      type: 'string',
      pattern:
        '^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$',
    },
    name: { type: nullableString, maxLength: 255 },
    visibility: { type: 'string', enum: ['community', 'public', 'private', 'shared'] },
    protected: { type: 'boolean' },
    os_hidden: { type: 'boolean' },
    owner: { type: nullableString, maxLength: 255 },
    container_format: { type: nullableString, maxLength: 255, enum: [null, ...CONTAINER_FORMATS] },
    disk_format: { type: nullableString, maxLength: 255, enum: [null, ...DISK_FORMATS] },
    tags: { type: 'array', items: { type: 'string', maxLength: 255 } },
    min_ram: { type: 'integer' },
    min_disk: { type: 'integer' },
  },
};

/** Attributes a client may not set (`_readonly_properties` and `_disallowed_properties`). */
export const READ_ONLY = new Set([
  'created_at',
  'updated_at',
  'status',
  'checksum',
  'size',
  'virtual_size',
  'direct_url',
  'self',
  'file',
  'schema',
  'id',
  'os_hash_algo',
  'os_hash_value',
  'stores',
]);
export const RESERVED = new Set(['location', 'deleted', 'deleted_at']);
export const RESERVED_NAMESPACE = 'os_glance';

/** Attributes that are columns, not extra properties: they may be replaced, never removed. */
export const BASE_PROPERTIES = new Set([
  'checksum',
  'created_at',
  'container_format',
  'disk_format',
  'id',
  'min_disk',
  'min_ram',
  'name',
  'size',
  'virtual_size',
  'status',
  'tags',
  'owner',
  'updated_at',
  'visibility',
  'protected',
  'os_hidden',
]);

export function isReserved(key: string): boolean {
  return RESERVED.has(key) || key.startsWith(RESERVED_NAMESPACE);
}

/** Schema.validate: a 400 with jsonschema's first error; extra properties are strings. */
export function validateImageFields(fields: Record<string, unknown>): void {
  const error = firstSchemaError(IMAGE_SCHEMA, fields);
  let message = error?.message;
  if (!message) {
    for (const [key, value] of Object.entries(fields)) {
      if (key in (IMAGE_SCHEMA.properties ?? {}) || READ_ONLY.has(key)) continue;
      if (typeof value !== 'string') {
        message = `${pyRepr(value)} is not of type 'string'`;
        break;
      }
    }
  }
  if (message) throw badRequest(`Provided object does not match schema 'image': ${message}`);
}

/** The domain's checks on min_disk/min_ram (glance.domain: not negative). */
export function checkNotNegative(key: string, value: unknown): void {
  if ((key === 'min_disk' || key === 'min_ram') && typeof value === 'number' && value < 0) {
    throw badRequest(`Invalid value '${value}' for parameter '${key}': Cannot be a negative value`);
  }
}

/** Only admins make an image public (policy publicize_image). */
export function checkVisibilityAllowed(visibility: unknown, isAdmin: boolean): void {
  if (visibility === 'public' && !isAdmin) {
    throw forbidden('You are not authorized to complete publicize_image action.');
  }
}
