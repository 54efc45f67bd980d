// Why a subnet's Network Address (or a host route's destination) is not a CIDR
// Neutron takes, in words at the field (api-ref: network v2, "Subnets", cidr).
import { formatCidr, hasHostBits, readCidr } from '@/lib/net/ip-address';

/** The problem with `text` as a CIDR, prefixed with `label`; undefined when it is fine. */
export function cidrProblem(text: string, label = 'Network Address'): string | undefined {
  const value = text.trim();
  const cidr = readCidr(value);
  if ('reason' in cidr) {
    if (cidr.reason === 'address')
      return `${label}: "${value}" is not a valid network address, e.g. 192.168.0.0/24.`;
    if (cidr.reason === 'missing-prefix')
      return `${label}: add the prefix length, e.g. ${value}/24.`;
    return `${label}: the prefix length must be a number from 0 to ${cidr.max}.`;
  }
  if (hasHostBits(cidr))
    return `${label}: ${value} has host bits set; the network is ${formatCidr(cidr)}.`;
  return undefined;
}
