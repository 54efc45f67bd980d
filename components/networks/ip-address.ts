// IPv4/IPv6 addresses and CIDRs as numbers, for the form checks Horizon makes
// before Neutron is asked (gateway and pools inside the subnet, no overlaps).
import { z } from 'zod';

export interface Address {
  version: 4 | 6;
  value: bigint;
}

export interface Cidr {
  version: 4 | 6;
  /** The network address (host bits cleared). */
  network: bigint;
  prefix: number;
  /** The text as typed, trimmed. */
  text: string;
}

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();

export function parseAddress(text: string): Address | undefined {
  const value = text.trim();
  if (ipv4.safeParse(value).success) {
    const n = value.split('.').reduce((acc, part) => (acc << 8n) + BigInt(Number(part)), 0n);
    return { version: 4, value: n };
  }
  if (ipv6.safeParse(value).success) return { version: 6, value: ipv6Value(value) };
  return undefined;
}

function ipv6Value(text: string): bigint {
  let head = text;
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(head);
  if (v4) {
    const n = parseAddress(v4[1]!)!.value;
    head = `${head.slice(0, -v4[1]!.length)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [left = '', right] = head.split('::');
  const groups = (s: string) => (s ? s.split(':') : []);
  const l = groups(left);
  const r = right === undefined ? [] : groups(right);
  const all = right === undefined ? l : [...l, ...Array(8 - l.length - r.length).fill('0'), ...r];
  return all.reduce((acc, g) => (acc << 16n) + BigInt(parseInt(g, 16)), 0n);
}

const bits = (version: 4 | 6) => (version === 4 ? 32 : 128);

/** "10.0.0.0/24": network address with its prefix; host bits must be zero, as Neutron wants. */
export function parseCidr(text: string): Cidr | undefined {
  const value = text.trim();
  const slash = value.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseAddress(value.slice(0, slash));
  const prefixText = value.slice(slash + 1);
  if (!address || !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  if (prefix > bits(address.version)) return undefined;
  return { version: address.version, network: address.value, prefix, text: value };
}

/** Why a CIDR is not one, in words at the field; undefined when it is fine. */
export function cidrProblem(text: string, label = 'Network Address'): string | undefined {
  const value = text.trim();
  const slash = value.indexOf('/');
  const address = parseAddress(slash < 0 ? value : value.slice(0, slash));
  if (!address) return `${label}: "${value}" is not a valid network address, e.g. 192.168.0.0/24.`;
  if (slash < 0) return `${label}: add the prefix length, e.g. ${value}/24.`;
  const prefixText = value.slice(slash + 1);
  const max = bits(address.version);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max)
    return `${label}: the prefix length must be a number from 0 to ${max}.`;
  const cidr = parseCidr(value)!;
  if ((cidr.network & hostMask(cidr)) !== 0n)
    return `${label}: ${value} has host bits set; the network is ${formatCidr({ ...cidr, network: cidr.network & ~hostMask(cidr) })}.`;
  return undefined;
}

function hostMask(cidr: { version: 4 | 6; prefix: number }): bigint {
  return (1n << BigInt(bits(cidr.version) - cidr.prefix)) - 1n;
}

export function firstAddress(cidr: Cidr): bigint {
  return cidr.network;
}

export function lastAddress(cidr: Cidr): bigint {
  return cidr.network | hostMask(cidr);
}

export function contains(cidr: Cidr, address: Address): boolean {
  return (
    cidr.version === address.version &&
    address.value >= firstAddress(cidr) &&
    address.value <= lastAddress(cidr)
  );
}

export function formatAddress(version: 4 | 6, value: bigint): string {
  if (version === 4)
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) =>
    ((value >> BigInt((7 - i) * 16)) & 0xffffn).toString(16),
  );
  // Compress the longest run of zero groups, as RFC 5952 says.
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j += 1;
    if (j - i > best.len && j - i > 1) best = { at: i, len: j - i };
    i = j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.len).join(':')}`;
}

export function formatCidr(cidr: Pick<Cidr, 'version' | 'network' | 'prefix'>): string {
  return `${formatAddress(cidr.version, cidr.network)}/${cidr.prefix}`;
}
