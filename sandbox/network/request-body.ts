import { httpBadRequest, invalidInput, NeutronError } from './errors';
import { parseCidr } from './ip-address';
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
    default:
      return validateList(kind, value);
  }
}

const IPV6_MODES = ['dhcpv6-stateful', 'dhcpv6-stateless', 'slaac'];
const MAC = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** neutron-lib's _validate_dict keys check: exactly the expected keys (as Python prints sets). */
function keysError(
  dict: Record<string, unknown>,
  expected: string,
  names: string[],
): string | null {
  const given = Object.keys(dict);
  if (given.length === names.length && names.every((n) => given.includes(n))) return null;
  const provided = given.length === 0 ? 'set()' : `{${given.map((k) => `'${k}'`).join(', ')}}`;
  return `Validation of dictionary's keys failed. Expected keys: ${expected} Provided keys: ${provided}`;
}

/** The list-valued subnet attributes: name servers, host routes, allocation pools. */
function validateList(kind: AttrKind, value: unknown): string | null {
  if (kind === 'nameservers') {
    if (!Array.isArray(value)) return `'${pyStr(value)}' is not a list`;
    const seen: unknown[] = [];
    for (const ns of value) {
      if (typeof ns !== 'string' || !isIpAddress(ns)) {
        return `'${pyStr(ns)}' is not a valid nameserver. '${pyStr(ns)}' is not a valid IP address`;
      }
      if (seen.includes(ns)) return `Duplicate nameserver '${ns}'`;
      seen.push(ns);
    }
    return null;
  }
  if (kind === 'host-routes') {
    if (!Array.isArray(value)) return `Invalid data format for hostroute: '${pyStr(value)}'`;
    for (const route of value) {
      if (!isObject(route)) return `Invalid data format for hostroute: '${pyStr(route)}'`;
      const keys = keysError(route, "{'destination', 'nexthop'}", ['destination', 'nexthop']);
      if (keys) return keys;
      if (typeof route.destination !== 'string' || !parseCidr(route.destination)) {
        return `'${pyStr(route.destination)}' is not a valid CIDR`;
      }
      if (typeof route.nexthop !== 'string' || !isIpAddress(route.nexthop)) {
        return `'${pyStr(route.nexthop)}' is not a valid IP address`;
      }
    }
    return null;
  }
  if (kind === 'pools') {
    if (!Array.isArray(value)) return `Invalid data format for IP pool: '${pyStr(value)}'`;
    for (const pool of value) {
      if (!isObject(pool)) return `Invalid data format for IP pool: '${pyStr(pool)}'`;
      const keys = keysError(pool, "{'start', 'end'}", ['start', 'end']);
      if (keys) return keys;
      for (const ip of [pool.start, pool.end]) {
        if (typeof ip !== 'string' || !isIpAddress(ip)) {
          return `'${pyStr(ip)}' is not a valid IP address`;
        }
      }
    }
    return null;
  }
  return null;
}

/** allowed-address-pairs' validator raises its own errors rather than a reason. */
function checkAddressPairs(value: unknown): void {
  if (!Array.isArray(value)) throw httpBadRequest(`'${pyStr(value)}' is not a list`);
  for (const pair of value) {
    if (!isObject(pair) || !('ip_address' in pair)) {
      throw new NeutronError(
        400,
        'AllowedAddressPairsMissingIP',
        'AllowedAddressPair must contain ip_address',
      );
    }
    const ip = pair.ip_address;
    if (typeof ip === 'string' && ip.includes('/')) {
      if (!parseCidr(ip)) throw httpBadRequest(`'${ip}' is not a valid IP subnet`);
    } else if (typeof ip !== 'string' || !isIpAddress(ip)) {
      throw httpBadRequest(`'${pyStr(ip)}' is not a valid IP address`);
    }
    if (
      pair.mac_address !== undefined &&
      (typeof pair.mac_address !== 'string' || !MAC.test(pair.mac_address))
    ) {
      throw httpBadRequest(`'${pyStr(pair.mac_address)}' is not a valid MAC address`);
    }
  }
}

/** A convert_to step before validation; its failure is InvalidInput, not a reason. */
function convert(kind: AttrKind, value: unknown): unknown {
  if (kind === 'to-bool') {
    if (typeof value === 'boolean') return value;
    if (value === 0 || value === 1) return value === 1;
    const text = typeof value === 'string' ? value.toLowerCase() : null;
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
    throw invalidInput(`'${pyStr(value)}' cannot be converted to boolean`);
  }
  if (kind === 'to-int' || kind === 'ip-version') {
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
    throw invalidInput(`'${pyStr(value)}' is not an integer`);
  }
  return value;
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
