import { NeutronError } from './errors';
import { cidrRange, intToIp } from './ipam';

// Security group rule checks as neutron's securitygroups_db does them
// (_validate_security_group_rule, _validate_port_range, _check_for_duplicate_rules),
// with neutron-lib's converters for protocol, ethertype and remote_ip_prefix.
// api-ref network v2 "Security group rules (security-group-rules)".

export const PROTOCOL_NUMBERS: Record<string, number> = {
  ah: 51,
  dccp: 33,
  egp: 8,
  esp: 50,
  gre: 47,
  hopopt: 0,
  icmp: 1,
  igmp: 2,
  ip: 0,
  ipip: 4,
  'ipv6-encap': 41,
  'ipv6-frag': 44,
  'ipv6-icmp': 58,
  icmpv6: 58,
  'ipv6-nonxt': 59,
  'ipv6-opts': 60,
  'ipv6-route': 43,
  ospf: 89,
  pgm: 113,
  rsvp: 46,
  sctp: 132,
  tcp: 6,
  udp: 17,
  udplite: 136,
  vrrp: 112,
};

const PORT_PROTOCOLS = new Set([6, 17, 33, 132, 136]);
const ICMP_PROTOCOLS = new Set([1, 58]);

export interface RuleInput {
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  protocol: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
}

const bad = (type: string, message: string) => new NeutronError(400, type, message);

/** convert_protocol: a known name, or an integer 0–255; anything else is refused. */
export function convertProtocol(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  const lower = text.toLowerCase();
  if (lower in PROTOCOL_NUMBERS) return lower;
  if (/^\d+$/.test(text) && Number(text) <= 255) return text;
  const names = Object.keys(PROTOCOL_NUMBERS).map((n) => `'${n}'`);
  throw bad(
    'SecurityGroupRuleInvalidProtocol',
    `Security group rule protocol ${text} not supported. Only protocol values [None, ${names.join(', ')}] and integer representations [0 to 255] are supported.`,
  );
}

export function protocolNumber(protocol: string | null): number | null {
  if (protocol === null) return null;
  return PROTOCOL_NUMBERS[protocol] ?? Number(protocol);
}

/** convert_ethertype_to_case_insensitive + its valid values. */
export function convertEthertype(value: unknown): 'IPv4' | 'IPv6' {
  if (value === undefined || value === null) return 'IPv4';
  const text = String(value);
  if (text.toLowerCase() === 'ipv4') return 'IPv4';
  if (text.toLowerCase() === 'ipv6') return 'IPv6';
  throw bad(
    'SecurityGroupRuleInvalidEtherType',
    `Security group rule for ethertype '${text}' not supported. Allowed values are ['IPv4', 'IPv6'].`,
  );
}

/** convert_to_int_if_not_none, failing the way the rule's port check does. */
export function convertPort(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  throw bad('SecurityGroupInvalidPortValue', `Invalid value for port ${String(value)}`);
}

/** The network form of an IPv4 prefix (10.0.0.5/8 → 10.0.0.0/8), or null when invalid. */
export function normalizeCidr(prefix: string): string | null {
  const withBits = prefix.includes('/') ? prefix : `${prefix}/32`;
  const range = cidrRange(withBits);
  if (!range) return null;
  return `${intToIp(range.first)}/${withBits.split('/')[1]}`;
}

const isIpv6Prefix = (prefix: string) => prefix.includes(':');

/** convert_ip_prefix_to_cidr: a bare address becomes a host prefix (/32 or /128). */
export function withPrefixLength(prefix: string | null): string | null {
  if (prefix === null || prefix.includes('/')) return prefix;
  return `${prefix}/${isIpv6Prefix(prefix) ? 128 : 32}`;
}

/** An IPv6 rule's `icmp` is stored as `ipv6-icmp`. */
export function protocolForEthertype(
  protocol: string | null,
  ethertype: 'IPv4' | 'IPv6',
): string | null {
  return ethertype === 'IPv6' && protocol === 'icmp' ? 'ipv6-icmp' : protocol;
}

/** convert_ip_prefix_to_cidr: refuses what is not a CIDR (IPv6 is taken loosely). */
export function checkRemoteIpPrefix(prefix: string | null): void {
  if (prefix === null || isIpv6Prefix(prefix)) return;
  if (normalizeCidr(prefix) === null) {
    throw bad('InvalidCIDR', `Invalid CIDR ${prefix} given as IP prefix.`);
  }
}

/** _validate_port_range: ports only with a protocol, TCP-like ranges, ICMP type/code. */
export function checkPortRange(rule: RuleInput): void {
  const { portRangeMin: min, portRangeMax: max } = rule;
  if (min === null && max === null) return;
  const proto = protocolNumber(rule.protocol);
  if (proto === null) {
    throw bad(
      'SecurityGroupProtocolRequiredWithPorts',
      'Must also specify protocol if port range is given.',
    );
  }
  if (PORT_PROTOCOLS.has(proto)) {
    if (min === 0 || max === 0)
      throw bad('SecurityGroupInvalidPortValue', 'Invalid value for port 0');
    if (min !== null && max !== null && min <= max) {
      for (const port of [min, max]) {
        if (port < 1 || port > 65535) {
          throw bad('SecurityGroupInvalidPortValue', `Invalid value for port ${port}`);
        }
      }
      return;
    }
    throw bad(
      'SecurityGroupInvalidPortRange',
      'For TCP/UDP protocols, port_range_min must be <= port_range_max',
    );
  }
  if (ICMP_PROTOCOLS.has(proto)) {
    for (const [attr, field, value] of [
      ['type', 'port_range_min', min],
      ['code', 'port_range_max', max],
    ] as const) {
      if (value !== null && (value < 0 || value > 255)) {
        throw bad(
          'SecurityGroupInvalidIcmpValue',
          `Invalid value for ICMP ${attr} (${field}) ${value}. It must be 0 to 255.`,
        );
      }
    }
    if (min === null && max !== null) {
      throw bad(
        'SecurityGroupMissingIcmpType',
        `ICMP code (port-range-max) ${max} is provided but ICMP type (port-range-min) is missing.`,
      );
    }
    return;
  }
  throw bad(
    'SecurityGroupInvalidProtocolForPort',
    `Ports cannot be specified for protocol ${proto}. Ports are only supported for DCCP, SCTP, TCP, UDP, UDPLITE.`,
  );
}

/** One remote only; the prefix's family must match the ethertype. */
export function checkRemote(rule: RuleInput): void {
  if (rule.remoteIpPrefix !== null && rule.remoteGroupId !== null) {
    throw bad(
      'SecurityGroupMultipleRemoteEntites',
      'Only one of remote_ip_prefix or remote_group_id or remote_address_group_id may be provided.',
    );
  }
  const prefix = rule.remoteIpPrefix;
  if (prefix !== null && isIpv6Prefix(prefix) !== (rule.ethertype === 'IPv6')) {
    throw bad(
      'SecurityGroupRuleParameterConflict',
      `Conflicting value ethertype ${rule.ethertype} for CIDR ${normalizeCidr(prefix) ?? prefix}`,
    );
  }
}

/** What two rules must share to be the same rule (protocol names and numbers are one). */
export function sameRule(a: RuleInput, b: RuleInput): boolean {
  return (
    a.direction === b.direction &&
    a.ethertype === b.ethertype &&
    protocolNumber(a.protocol) === protocolNumber(b.protocol) &&
    a.portRangeMin === b.portRangeMin &&
    a.portRangeMax === b.portRangeMax &&
    a.remoteIpPrefix === b.remoteIpPrefix &&
    a.remoteGroupId === b.remoteGroupId
  );
}
