// A remote IP prefix as Neutron takes it (api-ref: network v2, "Security group
// rules", remote_ip_prefix): an IPv4 or IPv6 address with an optional prefix length.
import { readCidr } from '@/lib/net/ip-address';

export interface RemoteIpPrefix {
  version: 4 | 6;
  /** The text as typed, trimmed. */
  text: string;
}

/** The prefix, or why it is not one. */
export function parseRemoteIpPrefix(value: string): RemoteIpPrefix | { problem: string } {
  const text = value.trim();
  const cidr = readCidr(text, { prefixOptional: true });
  if (('reason' in cidr && cidr.reason !== 'prefix') || text.split('/').length > 2)
    return { problem: `${text || 'An empty value'} is not a valid IP address or CIDR.` };
  if ('reason' in cidr)
    return { problem: `The prefix length of ${text} must be from 0 to ${cidr.max}.` };
  return { version: cidr.version, text };
}
