import { badRequest, invalidInput } from './errors';
import { parseJson } from '../http/body';
import type { VolumeCall } from './call';

// Reading Cinder request bodies, with the texts its jsonschema validators and
// its own checks give for bad input.

/** The body's object under `key`; Cinder's texts for a missing or wrong one. */
export function bodyObject(call: VolumeCall, key: string): Record<string, unknown> {
  const parsed = call.req.body.length === 0 ? null : parseJson(call.req.body);
  if (parsed && !parsed.ok) throw badRequest('Malformed request body');
  const body = parsed?.value;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(`Missing required element '${key}' in request body.`);
  }
  const inner = (body as Record<string, unknown>)[key];
  if (inner === undefined) throw badRequest(`'${key}' is a required property`);
  if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
    throw badRequest(
      `Invalid input for field/attribute ${key}. Value: ${pyRepr(inner)}. ${pyRepr(inner)} is not of type 'object'`,
    );
  }
  return inner as Record<string, unknown>;
}

/** The whole JSON body as an object (actions), or a 400. */
export function bodyRecord(call: VolumeCall): Record<string, unknown> {
  const parsed = call.req.body.length === 0 ? null : parseJson(call.req.body);
  if (!parsed?.ok || typeof parsed.value !== 'object' || parsed.value === null) {
    throw badRequest('Malformed request body');
  }
  return parsed.value as Record<string, unknown>;
}

function pyRepr(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  return JSON.stringify(value);
}

/** A positive integer size (Cinder's parameter_types.positive_integer). */
export function sizeField(field: string, value: unknown, context = ''): number {
  const prefix = `Invalid input for field/attribute ${field}. Value: ${value === null ? 'None' : String(value)}.`;
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : null;
  if (text === null)
    throw badRequest(
      `${prefix} ${pyRepr(value)} is not valid under any of the given schemas${context}`,
    );
  if (typeof value === 'string' && !/^[0-9]+$/.test(value.trim())) {
    throw badRequest(`${prefix} '${value}' does not match '^[0-9]+$'`);
  }
  const n = Number(text);
  if (!Number.isInteger(n))
    throw badRequest(`${prefix} ${text} is not of type 'integer', 'string'`);
  if (n < 1) throw badRequest(`${prefix} ${text} is less than the minimum of 1`);
  if (n > 2147483647)
    throw badRequest(`${prefix} ${text} is greater than the maximum of 2147483647`);
  return n;
}

/** name/description: a string up to `max` characters, or null. */
export function textField(field: string, value: unknown, max = 255): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    throw badRequest(
      `Invalid input for field/attribute ${field}. Value: ${pyRepr(value)}. ${pyRepr(value)} is not of type 'string', 'null'`,
    );
  }
  if (value.length > max) {
    throw invalidInput(`${field} has ${value.length} characters, more than ${max}.`);
  }
  return value;
}

export function metadataField(value: unknown): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest(
      `Invalid input for field/attribute metadata. Value: ${pyRepr(value)}. ${pyRepr(value)} is not of type 'object'`,
    );
  }
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key.length === 0 || key.length > 255) {
      throw badRequest(
        `Invalid input for field/attribute metadata. Value: ${pyRepr(value)}. Additional properties are not allowed`,
      );
    }
    if (typeof v !== 'string' || v.length > 255) {
      throw badRequest(
        `Invalid input for field/attribute ${key}. Value: ${pyRepr(v)}. ${pyRepr(v)} is not of type 'string'`,
      );
    }
    out[key] = v;
  }
  return out;
}

const TRUE = ['True', 'TRUE', 'true', '1', 'ON', 'On', 'on', 'YES', 'Yes', 'yes', 'y', 't'];
const FALSE = ['False', 'FALSE', 'false', '0', 'OFF', 'Off', 'off', 'NO', 'No', 'no', 'n', 'f'];

/** parameter_types.boolean: Python's spellings of true and false. */
export function booleanField(field: string, value: unknown): boolean {
  if (value === true || value === false) return value;
  if (typeof value === 'string' && TRUE.includes(value)) return true;
  if (typeof value === 'string' && FALSE.includes(value)) return false;
  const all = ['True', ...TRUE.map((t) => `'${t}'`), 'False', ...FALSE.map((f) => `'${f}'`)].join(
    ', ',
  );
  throw badRequest(
    `Invalid input for field/attribute ${field}. Value: ${String(value)}. ${pyRepr(value)} is not one of [${all}]`,
  );
}

/** Query strings' true-ish words (oslo strutils.bool_from_string). */
export const queryTrue = (value: string | null): boolean =>
  value !== null && ['1', 't', 'true', 'on', 'y', 'yes'].includes(value.toLowerCase());
