// IPv4/IPv6 addresses and CIDRs as numbers, as Neutron takes them (api-ref: network v2,
// "Subnets" cidr/gateway_ip, "Routers" routes, "Security group rules" remote_ip_prefix):
// read them, say why a CIDR is not one, and do the arithmetic the forms check before asking.

export interface Address {
  version: 4 | 6;
  value: bigint;
}

export interface Cidr {
  version: 4 | 6;
  /** The address before the slash, as typed (host bits may be set). */
  address: bigint;
  prefix: number;
  /** The text as typed, trimmed. */
  text: string;
}

/** Why a text is not a CIDR: a bad address, no "/prefix", or a prefix outside 0…max. */
export type CidrReason =
  { reason: 'address' } | { reason: 'missing-prefix' } | { reason: 'prefix'; max: 32 | 128 };

export const addressBits = (version: 4 | 6): 32 | 128 => (version === 4 ? 32 : 128);

function ipv4Value(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // Leading zeros are refused: some readers take them as octal.
    if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part.startsWith('0'))) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function groupValues(text: string): number[] | undefined {
  if (text === '') return [];
  const out: number[] = [];
  for (const group of text.split(':')) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    out.push(parseInt(group, 16));
  }
  return out;
}

function ipv6Value(text: string): bigint | undefined {
  let body = text;
  let tail: number[] = [];
  // An embedded IPv4 address at the end (::ffff:10.0.0.1) is the last two groups.
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (v4) {
    const value = ipv4Value(v4[2]!);
    if (value === undefined) return undefined;
    tail = [Number(value >> 16n), Number(value & 0xffffn)];
    body = v4[1]!.endsWith('::') ? v4[1]! : v4[1]!.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const head = groupValues(halves[0]!);
    const rest = groupValues(halves[1]!);
    if (!head || !rest) return undefined;
    const missing = 8 - head.length - rest.length - tail.length;
    if (missing < 1) return undefined;
    groups = [...head, ...new Array<number>(missing).fill(0), ...rest, ...tail];
  } else {
    const all = groupValues(body);
    if (!all) return undefined;
    groups = [...all, ...tail];
  }
  if (groups.length !== 8) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** An IPv4 or IPv6 address (surrounding spaces ignored), or undefined. */
export function parseAddress(text: string): Address | undefined {
  const value = text.trim();
  if (value.includes(':')) {
    const v6 = ipv6Value(value);
    return v6 === undefined ? undefined : { version: 6, value: v6 };
  }
  const v4 = ipv4Value(value);
  return v4 === undefined ? undefined : { version: 4, value: v4 };
}

/**
 * "10.0.0.0/24" as a Cidr, or the reason it is not one. With `prefixOptional` a bare
 * address is a CIDR of one host (/32 or /128), as a security group rule's prefix may be.
 */
export function readCidr(
  text: string,
  { prefixOptional = false }: { prefixOptional?: boolean } = {},
): Cidr | CidrReason {
  const value = text.trim();
  const slash = value.indexOf('/');
  const addressText = slash < 0 ? value : value.slice(0, slash);
  // Spaces inside ("10.0.0.0 /24") make it no address.
  const address = addressText === addressText.trim() ? parseAddress(addressText) : undefined;
  if (!address) return { reason: 'address' };
  const max = addressBits(address.version);
  if (slash < 0) {
    if (!prefixOptional) return { reason: 'missing-prefix' };
    return { version: address.version, address: address.value, prefix: max, text: value };
  }
  const prefixText = value.slice(slash + 1);
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return { reason: 'prefix', max };
  return {
    version: address.version,
    address: address.value,
    prefix: Number(prefixText),
    text: value,
  };
}

/** "10.0.0.0/24" (host bits may be set), or undefined. */
export function parseCidr(text: string): Cidr | undefined {
  const cidr = readCidr(text);
  return 'reason' in cidr ? undefined : cidr;
}

function hostMask(cidr: Pick<Cidr, 'version' | 'prefix'>): bigint {
  return (1n << BigInt(addressBits(cidr.version) - cidr.prefix)) - 1n;
}

/** Whether the address before the slash has bits set past the prefix (10.0.0.5/24). */
export function hasHostBits(cidr: Cidr): boolean {
  return (cidr.address & hostMask(cidr)) !== 0n;
}

/** The network address: host bits cleared. */
export function firstAddress(cidr: Cidr): bigint {
  return cidr.address & ~hostMask(cidr);
}

export function lastAddress(cidr: Cidr): bigint {
  return cidr.address | hostMask(cidr);
}

export function contains(cidr: Cidr, address: Address): boolean {
  return (
    cidr.version === address.version &&
    address.value >= firstAddress(cidr) &&
    address.value <= lastAddress(cidr)
  );
}

/** Whether the address text falls in the CIDR text; false when either is not one. */
export function cidrContains(cidrText: string, addressText: string): boolean {
  const cidr = parseCidr(cidrText);
  const address = parseAddress(addressText);
  return cidr !== undefined && address !== undefined && contains(cidr, address);
}

export function formatAddress(version: 4 | 6, value: bigint): string {
  if (version === 4)
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) =>
    ((value >> BigInt((7 - i) * 16)) & 0xffffn).toString(16),
  );
  // Compress the longest run of two or more zero groups, as RFC 5952 says.
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

/** The network in CIDR notation, host bits cleared: 10.0.0.5/24 prints as 10.0.0.0/24. */
export function formatCidr(cidr: Cidr): string {
  return `${formatAddress(cidr.version, firstAddress(cidr))}/${cidr.prefix}`;
}
