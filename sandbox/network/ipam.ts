import { randomBytes, randomInt } from 'node:crypto';
import { parseCidr, parseIp, formatIp } from './ip-address';
import type { SubnetRecord } from './schema';

// IPv4 address arithmetic and Neutron's default IPAM choice: a random free address
// among the first MAX_WIN free ones of the subnet's allocation pools.

const MAX_WIN = 1000;

export function ipToInt(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

export function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export function isIpv4(ip: string): boolean {
  return ipToInt(ip) !== null;
}

/** netaddr's IPv6 parse is out of scope; a loose check tells "an address" from junk. */
export function isIpAddress(ip: string): boolean {
  return isIpv4(ip) || (/^[0-9a-fA-F:.]+$/.test(ip) && ip.includes(':'));
}

export function cidrRange(cidr: string): { first: number; last: number } | null {
  const [base = '', bits = ''] = cidr.split('/');
  const start = ipToInt(base);
  const prefix = Number(bits);
  if (start === null || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return null;
  const size = 2 ** (32 - prefix);
  const first = Math.floor(start / size) * size;
  return { first, last: first + size - 1 };
}

/** ipam_utils.check_subnet_ip: inside the CIDR, not its network address nor an IPv4 broadcast. */
export function ipInSubnet(subnet: Pick<SubnetRecord, 'cidr'>, ip: string): boolean {
  const cidr = parseCidr(subnet.cidr);
  const value = parseIp(ip);
  if (!cidr || !value || value.version !== cidr.version) return false;
  if (value.value < cidr.first || value.value > cidr.last) return false;
  if (cidr.version === 4 && cidr.last - cidr.first < 2n) return true;
  return value.value !== cidr.first && (cidr.version === 6 || value.value !== cidr.last);
}

/** A random free pool address (IPv4 or IPv6), or null when the pools are exhausted. */
export function pickAddress(
  subnet: Pick<SubnetRecord, 'allocationPools'>,
  used: ReadonlySet<string>,
  random: (n: number) => number = randomInt,
): string | null {
  for (const pool of subnet.allocationPools) {
    const first = parseIp(pool.start);
    const last = parseIp(pool.end);
    if (!first || !last) continue;
    const window: string[] = [];
    for (let v = first.value; v <= last.value && window.length < MAX_WIN; v += 1n) {
      const ip = formatIp(first.version, v);
      if (!used.has(ip)) window.push(ip);
    }
    if (window.length > 0) return window[random(window.length)] ?? null;
  }
  return null;
}

/** A MAC under Neutron's default base_mac fa:16:3e:00:00:00. */
export function generateMac(taken: ReadonlySet<string>): string {
  for (;;) {
    const tail = [...randomBytes(3)].map((b) => b.toString(16).padStart(2, '0')).join(':');
    const mac = `fa:16:3e:${tail}`;
    if (!taken.has(mac)) return mac;
  }
}
