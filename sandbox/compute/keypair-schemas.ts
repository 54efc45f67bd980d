import { atLeast, type ApiVersion } from './microversion';
import { multi } from './query-schemas';
import { nonNegativeInteger } from './server-schemas';
import type { JsonSchema } from '../validation/json-schema';

// nova/api/openstack/compute/schemas/keypairs.py as shipped in Zed.

const name = (format: string): JsonSchema => ({
  allOf: [
    { type: 'string', minLength: 1, maxLength: 255, format: 'name' },
    { type: 'string', minLength: 1, maxLength: 255, format },
  ],
});

function createSchema(
  keypairProperties: Record<string, JsonSchema>,
  required: string[],
): JsonSchema {
  return {
    type: 'object',
    properties: {
      keypair: {
        type: 'object',
        properties: keypairProperties,
        required,
        additionalProperties: false,
      },
    },
    required: ['keypair'],
    additionalProperties: false,
  };
}

const keyType: JsonSchema = { type: 'string', enum: ['ssh', 'x509'] };
const text: JsonSchema = { type: 'string' };

const CREATE_V21 = createSchema({ name: name('keypair_name_20'), public_key: text }, ['name']);
const CREATE_V22 = createSchema(
  { name: name('keypair_name_20'), type: keyType, public_key: text },
  ['name'],
);
const CREATE_V210 = createSchema(
  { name: name('keypair_name_20'), type: keyType, public_key: text, user_id: text },
  ['name'],
);
const CREATE_V292 = createSchema(
  { name: name('keypair_name_292'), type: keyType, public_key: text, user_id: text },
  ['name', 'public_key'],
);

export function createSchemaFor(v: ApiVersion): JsonSchema {
  if (atLeast(v, '2.92')) return CREATE_V292;
  if (atLeast(v, '2.10')) return CREATE_V210;
  if (atLeast(v, '2.2')) return CREATE_V22;
  return CREATE_V21;
}

/** Query schema for index (withPaging) or show/delete; null before 2.10 (nothing checked). */
export function querySchemaFor(v: ApiVersion, withPaging: boolean): JsonSchema | null {
  if (!atLeast(v, '2.10')) return null;
  const properties: Record<string, JsonSchema> = { user_id: multi({ type: 'string' }) };
  if (withPaging && atLeast(v, '2.35')) {
    properties.limit = multi(nonNegativeInteger);
    properties.marker = multi({ type: 'string' });
  }
  return { type: 'object', properties, additionalProperties: !atLeast(v, '2.75') };
}
