import { httpBadRequest, invalidInput, NeutronError } from './errors';
import { parseCidr } from './ip-address';
import { isIpAddress } from './ipam';
import { pyStr } from '../validation/py-repr';

// neutron-lib's validators and converters for the list- and dict-valued attributes
// of subnets and ports (api-ref network v2 "Subnets", "Ports"): name servers, host
// routes, allocation pools, allowed address pairs, and the convert_to steps.

export type ListKind = 'nameservers' | 'host-routes' | 'pools';

export const IPV6_MODES = ['dhcpv6-stateful', 'dhcpv6-stateless', 'slaac'];
export const MAC = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i;

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
export function validateList(kind: ListKind, value: unknown): string | null {
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
export function checkAddressPairs(value: unknown): void {
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
export function convert(kind: string, value: unknown): unknown {
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
