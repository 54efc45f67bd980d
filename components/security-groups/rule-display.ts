// How a rule reads in the table and in confirmations, in Horizon's manner
// (api-ref: network v2, "Security group rules").
import type { SecurityGroupRule } from '@/lib/openstack/network/security-group-schemas';

const ICMP = new Set(['icmp', 'ipv6-icmp', 'icmpv6', '1', '58']);

export function directionLabel(rule: SecurityGroupRule): string {
  return rule.direction === 'egress' ? 'Egress' : 'Ingress';
}

export function protocolLabel(rule: SecurityGroupRule): string {
  return rule.protocol ? rule.protocol.toUpperCase() : 'Any';
}

export function portRangeLabel(rule: SecurityGroupRule): string {
  const { port_range_min: min, port_range_max: max } = rule;
  if (rule.protocol && ICMP.has(rule.protocol)) {
    if (min === null) return 'Any';
    return max === null ? `type ${min}` : `type ${min}, code ${max}`;
  }
  if (min === null && max === null) return 'Any';
  if (min === max || max === null) return String(min);
  return `${min ?? 1} - ${max}`;
}

/** "ALLOW IPv4 22/tcp from 0.0.0.0/0": the rule's name in confirmations and messages. */
export function ruleSummary(rule: SecurityGroupRule, groupName?: string): string {
  const proto = rule.protocol ?? 'any';
  const ports = portRangeLabel(rule);
  const icmp = rule.protocol !== null && ICMP.has(rule.protocol);
  const what =
    ports === 'Any'
      ? proto
      : icmp
        ? `${proto} ${ports.replace(',', '')}`
        : `${ports.replace(' - ', ':')}/${proto}`;
  const anywhere = rule.ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0';
  const remote =
    rule.remote_ip_prefix ??
    (rule.remote_group_id ? (groupName ?? rule.remote_group_id) : anywhere);
  return `ALLOW ${rule.ethertype} ${what} ${rule.direction === 'egress' ? 'to' : 'from'} ${remote}`;
}
