// Address arithmetic the router forms need: is this an IP address, a CIDR, and
// does an address fall inside a subnet's CIDR. IPv4 and IPv6, as Neutron takes them.

export interface ParsedIp {
  version: 4 | 6;
  value: bigint;
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || (part.length > 1 && part.startsWith('0'))) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

function parseGroups(text: string): number[] | null {
  if (text === '') return [];
  const groups = text.split(':');
  const out: number[] = [];
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
    out.push(parseInt(group, 16));
  }
  return out;
}

function parseIpv6(text: string): bigint | null {
  let body = text;
  let tail: number[] = [];
  // An embedded IPv4 address at the end (::ffff:10.0.0.1).
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (v4) {
    const value = parseIpv4(v4[2] as string);
    if (value === null) return null;
    tail = [Number(value >> 16n), Number(value & 0xffffn)];
    body = (v4[1] as string).endsWith('::') ? (v4[1] as string) : (v4[1] as string).slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseGroups(halves[0] as string);
    const rest = parseGroups(halves[1] as string);
    if (!head || !rest) return null;
    const missing = 8 - head.length - rest.length - tail.length;
    if (missing < 1) return null;
    groups = [...head, ...new Array<number>(missing).fill(0), ...rest, ...tail];
  } else {
    const all = parseGroups(body);
    if (!all) return null;
    groups = [...all, ...tail];
  }
  if (groups.length !== 8) return null;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

export function parseIp(text: string): ParsedIp | null {
  const trimmed = text.trim();
  if (trimmed.includes(':')) {
    const value = parseIpv6(trimmed);
    return value === null ? null : { version: 6, value };
  }
  const value = parseIpv4(trimmed);
  return value === null ? null : { version: 4, value };
}

export interface ParsedCidr extends ParsedIp {
  prefix: number;
}

/** "10.0.0.0/24" (host bits may be set, as Neutron's routes accept them normalised). */
export function parseCidr(text: string): ParsedCidr | null {
  const match = /^([^/\s]+)\/(\d{1,3})$/.exec(text.trim());
  if (!match) return null;
  const ip = parseIp(match[1] as string);
  const prefix = Number(match[2]);
  if (!ip || prefix > (ip.version === 4 ? 32 : 128)) return null;
  return { ...ip, prefix };
}

export function cidrContains(cidr: string, address: string): boolean {
  const net = parseCidr(cidr);
  const ip = parseIp(address);
  if (!net || !ip || net.version !== ip.version) return false;
  const bits = BigInt(net.version === 4 ? 32 : 128);
  const shift = bits - BigInt(net.prefix);
  return net.value >> shift === ip.value >> shift;
}
