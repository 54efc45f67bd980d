import { atLeast, type ApiVersion } from './microversion';
import type { JsonSchema } from '../validation/json-schema';

// nova/api/openstack/compute/schemas/servers.py (Zed): create, update and the
// action bodies, per microversion.

export const name: JsonSchema = { type: 'string', minLength: 1, maxLength: 255, format: 'name' };
export const uuid: JsonSchema = { type: 'string', format: 'uuid' };
export const boolean: JsonSchema = {
  type: ['boolean', 'string'],
  enum: [
    true,
    'True',
    'TRUE',
    'true',
    '1',
    'ON',
    'On',
    'on',
    'YES',
    'Yes',
    'yes',
    false,
    'False',
    'FALSE',
    'false',
    '0',
    'OFF',
    'Off',
    'off',
    'NO',
    'No',
    'no',
  ],
};
export const positiveInteger: JsonSchema = {
  type: ['integer', 'string'],
  pattern: '^[0-9]*$',
  minimum: 1,
  minLength: 1,
};
export const nonNegativeInteger: JsonSchema = { ...positiveInteger, minimum: 0 };
export const description: JsonSchema = {
  type: ['string', 'null'],
  minLength: 0,
  maxLength: 255,
  pattern: '^[^\\x00-\\x1f\\x7f]*$',
};
export const metadata: JsonSchema = {
  type: 'object',
  patternProperties: { '^[a-zA-Z0-9-_:. ]{1,255}$': { type: 'string', maxLength: 255 } },
  additionalProperties: false,
};
const ipAddress: JsonSchema = { type: 'string', oneOf: [{ format: 'ipv4' }, { format: 'ipv6' }] };
const tag: JsonSchema = { type: 'string', minLength: 1, maxLength: 60, pattern: '^[^,/]*$' };
const volumeSize: JsonSchema = {
  type: ['integer', 'string'],
  pattern: '^[0-9]+$',
  minimum: 1,
  maximum: 0x7fffffff,
};

const PY_TRUE = new Set([true, 'True', 'TRUE', 'true', '1', 'ON', 'On', 'on', 'YES', 'Yes', 'yes']);
/** strutils.bool_from_string for values the boolean schema let through. */
export const pyBool = (value: unknown): boolean => PY_TRUE.has(value as string | boolean);

function bdmV2(v: ApiVersion): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    virtual_name: { type: 'string', maxLength: 255 },
    volume_id: uuid,
    snapshot_id: uuid,
    volume_size: volumeSize,
    device_name: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[a-zA-Z0-9._-r/]*$' },
    delete_on_termination: boolean,
    no_device: {},
    connection_info: { type: 'string', maxLength: 16777215 },
    source_type: { type: 'string', enum: ['volume', 'image', 'snapshot', 'blank'] },
    uuid: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[a-zA-Z0-9._-]*$' },
    image_id: uuid,
    destination_type: { type: 'string', enum: ['local', 'volume'] },
    guest_format: { type: 'string', maxLength: 255 },
    device_type: { type: 'string', maxLength: 255 },
    disk_bus: { type: 'string', maxLength: 255 },
    boot_index: { type: ['integer', 'string', 'null'], pattern: '^-?[0-9]+$' },
  };
  if (atLeast(v, '2.42') || (atLeast(v, '2.32') && !atLeast(v, '2.33'))) properties.tag = tag;
  if (atLeast(v, '2.67'))
    properties.volume_type = { type: ['string', 'null'], minLength: 0, maxLength: 255 };
  return { type: 'object', properties, additionalProperties: false };
}

function networks(v: ApiVersion): JsonSchema {
  const item: Record<string, JsonSchema> = {
    fixed_ip: ipAddress,
    port: { oneOf: [{ type: 'string', format: 'uuid' }, { type: 'null' }] },
    uuid: atLeast(v, '2.37') ? { type: 'string', format: 'uuid' } : { type: 'string' },
  };
  if (atLeast(v, '2.32')) item.tag = tag;
  const list: JsonSchema = {
    type: 'array',
    items: { type: 'object', properties: item, additionalProperties: false },
  };
  if (!atLeast(v, '2.37')) return list;
  return { oneOf: [list, { type: 'string', enum: ['none', 'auto'] }] };
}

const hints: JsonSchema = {
  type: 'object',
  properties: {
    group: uuid,
    different_host: { oneOf: [uuid, { type: 'array', items: uuid }] },
    same_host: { type: ['string', 'array'], items: uuid },
    query: { type: ['string', 'object'] },
    target_cell: name,
    different_cell: { type: ['string', 'array'], items: { type: 'string' } },
    build_near_host_ip: ipAddress,
    cidr: { type: 'string', pattern: '^/[0-9a-f.:]+$' },
  },
  additionalProperties: true,
};

export function createSchema(v: ApiVersion): JsonSchema {
  const server: Record<string, JsonSchema> = {
    name,
    imageRef: { oneOf: [uuid, { type: 'string', maxLength: 0 }] },
    flavorRef: { type: ['string', 'integer'], minLength: 1 },
    adminPass: { type: 'string' },
    metadata,
    networks: networks(v),
    'OS-DCF:diskConfig': { type: 'string', enum: ['AUTO', 'MANUAL'] },
    accessIPv4: { type: 'string', format: 'ipv4' },
    accessIPv6: { type: 'string', format: 'ipv6' },
    availability_zone: name,
    block_device_mapping: { type: 'array', items: { type: 'object' } },
    block_device_mapping_v2: { type: 'array', items: bdmV2(v) },
    config_drive: boolean,
    key_name: name,
    min_count: positiveInteger,
    max_count: positiveInteger,
    return_reservation_id: boolean,
    security_groups: {
      type: 'array',
      items: { type: 'object', properties: { name }, additionalProperties: false },
    },
    user_data: { type: 'string', format: 'base64', maxLength: 65535 },
  };
  if (!atLeast(v, '2.57')) {
    server.personality = {
      type: 'array',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, contents: { type: 'string', format: 'base64' } },
        additionalProperties: false,
      },
    };
  }
  if (atLeast(v, '2.19')) server.description = description;
  if (atLeast(v, '2.52')) server.tags = { type: 'array', items: tag, maxItems: 50 };
  if (atLeast(v, '2.63')) {
    server.trusted_image_certificates = {
      type: ['array', 'null'],
      items: { type: 'string', minLength: 1 },
    };
  }
  if (atLeast(v, '2.74')) {
    server.host = { type: 'string', minLength: 1, maxLength: 255 };
    server.hypervisor_hostname = { type: 'string', minLength: 1, maxLength: 255 };
  }
  if (atLeast(v, '2.90')) {
    server.hostname = {
      type: 'string',
      minLength: 2,
      maxLength: 63,
      pattern: '^[a-zA-Z0-9]+[a-zA-Z0-9-]*[a-zA-Z0-9]+$',
    };
  }
  const required = atLeast(v, '2.37') ? ['name', 'flavorRef', 'networks'] : ['name', 'flavorRef'];
  return {
    type: 'object',
    properties: {
      server: { type: 'object', properties: server, required, additionalProperties: false },
      'os:scheduler_hints': hints,
      'OS-SCH-HNT:scheduler_hints': hints,
    },
    required: ['server'],
    additionalProperties: false,
  };
}

export function updateSchema(v: ApiVersion): JsonSchema {
  const server: Record<string, JsonSchema> = {
    name,
    'OS-DCF:diskConfig': { type: 'string', enum: ['AUTO', 'MANUAL'] },
    accessIPv4: { type: 'string', format: 'ipv4' },
    accessIPv6: { type: 'string', format: 'ipv6' },
  };
  if (atLeast(v, '2.19')) server.description = description;
  if (atLeast(v, '2.90')) {
    server.hostname = {
      type: 'string',
      minLength: 2,
      maxLength: 63,
      pattern: '^[a-zA-Z0-9]+[a-zA-Z0-9-]*[a-zA-Z0-9]+$',
    };
  }
  return {
    type: 'object',
    properties: { server: { type: 'object', properties: server, additionalProperties: false } },
    required: ['server'],
    additionalProperties: false,
  };
}
