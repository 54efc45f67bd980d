import { checkAddressPairs, convert, IPV6_MODES, MAC, validateList } from './attr-validators';
import { httpBadRequest } from './errors';
import { isIpAddress } from './ipam';
import { parseJsonObject } from '../http/body';
import { pyStr } from '../validation/py-repr';
import type { SandboxRequest } from '../http/types';

// Controller.prepare_request_body and neutron-lib's validators: the resource key,
// unrecognized attributes, required / POST-only / read-only attributes, then each
// attribute's conversion and validation, in the resource's attribute order.

export type AttrKind =
  | 'string'
  | 'bool'
  /** convert_to_boolean alone: a value that does not convert is InvalidInput. */
  | 'to-bool'
  /** convert_to_int: a value that does not convert is InvalidInput. */
  | 'to-int'
  | 'uuid'
  | 'uuid-list'
  | 'fixed-ips'
  | 'ip-or-null'
  | 'ip-version'
  | 'ipv6-mode'
  | 'nameservers'
  | 'host-routes'
  | 'pools'
  | 'mac'
  | 'address-pairs'
  | 'any';

export interface AttrSpec {
  kind: AttrKind;
  post: boolean;
  put: boolean;
  required?: boolean;
}

const UUID_LIKE = /^(\{)?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}(\})?$/i;

export function isUuidLike(value: unknown): value is string {
  return typeof value === 'string' && UUID_LIKE.test(value);
}

const NAME_MAX_LEN = 255;

function validateUuid(value: unknown): string | null {
  return isUuidLike(value) ? null : `'${pyStr(value)}' is not a valid UUID`;
}

function validate(kind: AttrKind, value: unknown): string | null {
  switch (kind) {
    case 'string':
      if (typeof value !== 'string') return `'${pyStr(value)}' is not a valid string`;
      if (value.length > NAME_MAX_LEN)
        return `'${value}' exceeds maximum length of ${NAME_MAX_LEN}`;
      return null;
    case 'bool':
      return typeof value === 'boolean' ||
        value === 0 ||
        value === 1 ||
        (typeof value === 'string' && ['true', 'false', '0', '1'].includes(value.toLowerCase()))
        ? null
        : `'${pyStr(value)}' cannot be converted to boolean`;
    case 'uuid':
      return validateUuid(value);
    case 'uuid-list': {
      if (!Array.isArray(value)) return `'${pyStr(value)}' is not a list`;
      const dups = value.filter((v, i) => value.indexOf(v) !== i);
      if (dups.length > 0) return `Duplicate items in the list: '${dups.map(pyStr).join(', ')}'`;
      for (const item of value) {
        const error = validateUuid(item);
        if (error) return error;
      }
      return null;
    }
    case 'fixed-ips': {
      if (!Array.isArray(value)) return `Invalid data format for fixed IP: '${pyStr(value)}'`;
      const seen: unknown[] = [];
      for (const entry of value) {
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
          return `Invalid data format for fixed IP: '${pyStr(entry)}'`;
        }
        const { ip_address: ip, subnet_id: subnet } = entry as Record<string, unknown>;
        if (ip !== undefined) {
          if (seen.includes(ip)) return `Duplicate IP address '${pyStr(ip)}'`;
          if (typeof ip !== 'string' || !isIpAddress(ip)) {
            return `'${pyStr(ip)}' is not a valid IP address`;
          }
          seen.push(ip);
        }
        if (subnet !== undefined) {
          const error = validateUuid(subnet);
          if (error) return error;
        }
      }
      return null;
    }
    case 'ip-or-null':
      return value === null || (typeof value === 'string' && isIpAddress(value))
        ? null
        : `'${pyStr(value)}' is not a valid IP address`;
    case 'ip-version':
      return value === 4 || value === 6 ? null : `${pyStr(value)} is not in valid_values`;
    case 'ipv6-mode':
      return value === null || IPV6_MODES.includes(value as string)
        ? null
        : `${pyStr(value)} is not in valid_values`;
    case 'mac':
      return typeof value === 'string' && MAC.test(value)
        ? null
        : `'${pyStr(value)}' is not a valid MAC address`;
    case 'nameservers':
    case 'host-routes':
    case 'pools':
      return validateList(kind, value);
    default:
      return null;
  }
}

export function toBool(value: unknown): boolean {
  return (
    value === true ||
    value === 1 ||
    (typeof value === 'string' && ['true', '1'].includes(value.toLowerCase()))
  );
}

/** The resource's attributes from a POST (create) or PUT (update) body. */
export function resourceBody(
  req: SandboxRequest,
  resource: string,
  attrs: Record<string, AttrSpec>,
  create: boolean,
): Record<string, unknown> {
  let json: Record<string, unknown> | null = null;
  if (req.body.length > 0) {
    json = parseJsonObject(req.body) ?? null;
    if (!json) throw httpBadRequest('Body contains invalid data');
  }
  const dict = json?.[resource];
  if (dict === undefined || dict === null) {
    throw httpBadRequest(`Unable to find '${resource}' in request body`);
  }
  if (typeof dict !== 'object' || Array.isArray(dict))
    throw httpBadRequest('Body contains invalid data');
  const body = dict as Record<string, unknown>;
  const extra = Object.keys(body).filter((key) => !(key in attrs));
  if (extra.length > 0) throw httpBadRequest(`Unrecognized attribute(s) '${extra.join(', ')}'`);
  for (const [name, spec] of Object.entries(attrs)) {
    if (create) {
      if (spec.required && !(name in body)) {
        throw httpBadRequest(`Failed to parse request. Required attribute '${name}' not specified`);
      }
      if (!spec.post && name in body)
        throw httpBadRequest(`Attribute '${name}' not allowed in POST`);
    } else if (!spec.put && name in body) {
      throw httpBadRequest(`Cannot update read-only attribute ${name}`);
    }
  }
  for (const [name, spec] of Object.entries(attrs)) {
    if (!(name in body)) continue;
    body[name] = convert(spec.kind, body[name]);
    if (spec.kind === 'address-pairs') checkAddressPairs(body[name]);
    const error = validate(spec.kind, body[name]);
    if (error) throw httpBadRequest(`Invalid input for ${name}. Reason: ${error}.`);
  }
  return body;
}
