// IPv4 and IPv6 addresses and CIDRs as numbers (netaddr's IPAddress / IPNetwork,
// as neutron-lib's validators and Neutron's IPAM use them), for subnets of both versions.

export type IpVersion = 4 | 6;

export interface Ip {
  version: IpVersion;
  value: bigint;
}

export interface Cidr {
  version: IpVersion;
  prefix: number;
  /** The network address. */
  first: bigint;
  /** The broadcast address (IPv4) or the last address (IPv6). */
  last: bigint;
}

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };

function parseV4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256n + BigInt(part);
  }
  return value;
}

function parseGroups(text: string): number[] | null {
  if (text === '') return [];
  const groups: number[] = [];
  const parts = text.split(':');
  for (const [i, part] of parts.entries()) {
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseV4(part);
      if (v4 === null) return null;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return groups;
}

function parseV6(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = parseGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<number>(missing).fill(0), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

export function parseIp(text: string): Ip | null {
  const v4 = parseV4(text);
  if (v4 !== null) return { version: 4, value: v4 };
  if (!text.includes(':')) return null;
  const v6 = parseV6(text);
  return v6 === null ? null : { version: 6, value: v6 };
}

/** RFC 5952 text: lower case, the longest run of zero groups (two or more) as "::". */
export function formatIp(version: IpVersion, value: bigint): string {
  if (version === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  }
  const groups = [...Array(8).keys()].map((i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.length < 2) return hex.join(':');
  const head = hex.slice(0, best.start).join(':');
  const tail = hex.slice(best.start + best.length).join(':');
  return `${head}::${tail}`;
}

/** A CIDR with host bits allowed (netaddr normalises them away); null when not a CIDR. */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  if (slash < 0) return null;
  const ip = parseIp(text.slice(0, slash));
  const bits = text.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(bits)) return null;
  const prefix = Number(bits);
  const width = BITS[ip.version];
  if (prefix > width) return null;
  const size = 1n << BigInt(width - prefix);
  const first = (ip.value / size) * size;
  return { version: ip.version, prefix, first, last: first + size - 1n };
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIp(cidr.version, cidr.first)}/${cidr.prefix}`;
}

export function cidrContains(cidr: Cidr, ip: Ip): boolean {
  return ip.version === cidr.version && ip.value >= cidr.first && ip.value <= cidr.last;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.version === b.version && a.first <= b.last && b.first <= a.last;
}

/** The EUI-64 address SLAAC gives a MAC in a /64 (the U/L bit flipped, ff:fe in the middle). */
export function eui64Address(cidr: Cidr, mac: string): string {
  const bytes = mac.split(':').map((b) => parseInt(b, 16));
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0] = bytes;
  const iid = [b0 ^ 0x02, b1, b2, 0xff, 0xfe, b3, b4, b5].reduce(
    (acc, b) => (acc << 8n) | BigInt(b),
    0n,
  );
  return formatIp(6, cidr.first | iid);
}

/** netaddr's text for an address (IPv6 lower case and compressed); junk stays as given. */
export function canonicalIp(text: string): string {
  const ip = parseIp(text);
  return ip ? formatIp(ip.version, ip.value) : text;
}
