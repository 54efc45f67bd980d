import { isIP } from 'node:net';
import { badRequest } from './faults';
import { pyB64Decode } from './py-base64';
import {
  firstSchemaError,
  type FormatChecker,
  type JsonSchema,
  type SchemaError,
} from '../validation/json-schema';
import { pyStr } from '../validation/py-repr';

// nova/api/validation: jsonschema errors turned into Nova's 400 texts.

const INVALID_NAME = "An invalid 'name' value was provided. The name must be: ";

const isPrintable = (ch: string): boolean =>
  (ch.codePointAt(0) ?? 0) < 0xffff &&
  !/\p{C}/u.test(ch) &&
  (!/\p{Z}/u.test(ch) || /\p{Zs}/u.test(ch));

/** parameter_types.valid_name_regex: printable, not starting or ending with whitespace. */
function isValidName(value: string): boolean {
  // Python's `$` also matches before one trailing newline.
  const body = value.length > 1 && value.endsWith('\n') ? value.slice(0, -1) : value;
  const chars = [...body];
  if (chars.length === 0) return true;
  const edgeOk = (ch: string | undefined) =>
    ch !== undefined && isPrintable(ch) && !/\p{Zs}/u.test(ch);
  return chars.every(isPrintable) && edgeOk(chars[0]) && edgeOk(chars.at(-1));
}

const DIGITS_AND_LETTERS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function keypairNameChecker(safeChars: string): FormatChecker {
  return (value) =>
    typeof value === 'string' && [...value].every((ch) => safeChars.includes(ch))
      ? null
      : `${INVALID_NAME}Only expected characters: [${safeChars}]`;
}

/** A time iso8601.parse_date would read; no zone means UTC. */
export function parseIsoTime(text: string): number | null {
  if (!/^\d{4}-\d\d(-\d\d)?([T ]\d\d:\d\d(:\d\d(\.\d+)?)?)?\s*(Z|[+-]\d\d:?\d\d)?$/i.test(text)) {
    return null;
  }
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text}Z`;
  const ms = Date.parse(zoned.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : ms;
}

const isIsoTime = (text: string) => parseIsoTime(text) !== null;

/** oslo_utils.uuidutils.is_uuid_like: hyphens, braces and case do not matter. */
export function isUuidLike(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const bare = value
    .toLowerCase()
    .replace(/^urn:/, '')
    .replace(/^uuid:/, '')
    .replace(/[{}-]/g, '');
  return /^[0-9a-f]{32}$/.test(bare);
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export const NOVA_FORMATS: Record<string, FormatChecker> = {
  uuid: (value) => (typeof value !== 'string' || isUuidLike(value) ? null : ''),
  base64: (value) => (typeof value !== 'string' || pyB64Decode(value) !== null ? null : ''),
  ipv4: (value) => (typeof value !== 'string' || IPV4.test(value) ? null : ''),
  ipv6: (value) => (typeof value !== 'string' || isIP(value) === 6 ? null : ''),
  // Nova checks date-time with timeutils.parse_isotime, which also takes a bare date.
  'date-time': (value) => (typeof value !== 'string' || isIsoTime(value) ? null : ''),
  name: (value) =>
    typeof value === 'string' && isValidName(value)
      ? null
      : `${INVALID_NAME}printable characters. Can not start or end with whitespace.`,
  keypair_name_20: keypairNameChecker(`_- ${DIGITS_AND_LETTERS}`),
  keypair_name_292: keypairNameChecker(`@._- ${DIGITS_AND_LETTERS}`),
};

function detail(error: SchemaError, isBody: boolean): string {
  if (error.cause !== undefined) return error.cause;
  if (error.path.length === 0) return error.message;
  const field = isBody ? error.path.at(-1) : error.path[0];
  const where = isBody ? 'field/attribute' : 'query parameters';
  return `Invalid input for ${where} ${String(field)}. Value: ${pyStr(error.instance)}. ${error.message}`;
}

export function validateBody(schema: JsonSchema, body: unknown): void {
  const error = firstSchemaError(schema, body, { formats: NOVA_FORMATS, numericStrings: true });
  if (error) throw badRequest(detail(error, true));
}

/** webob's GET.dict_of_lists(): every parameter with all its values. */
export function queryDict(query: URLSearchParams): Record<string, string[]> {
  const dict: Record<string, string[]> = {};
  for (const [key, value] of query) (dict[key] ??= []).push(value);
  return dict;
}

export function validateQuery(schema: JsonSchema, query: URLSearchParams): void {
  const error = firstSchemaError(schema, queryDict(query), {
    formats: NOVA_FORMATS,
    numericStrings: true,
  });
  if (error) throw badRequest(detail(error, false));
}
