import { describe, expect, it } from 'vitest';
import {
  canonicalIp,
  cidrsOverlap,
  eui64Address,
  formatCidr,
  formatIp,
  parseCidr,
  parseIp,
} from './ip-address';

describe('IP addresses of both versions', () => {
  it('parses and prints IPv4 and IPv6 the way netaddr does', () => {
    expect(parseIp('10.0.0.1')).toEqual({ version: 4, value: 167772161n });
    expect(parseIp('10.0.0.256')).toBeNull();
    expect(parseIp('fd00::1')).toEqual({ version: 6, value: (0xfd00n << 112n) | 1n });
    expect(parseIp('fd00::1::2')).toBeNull();
    expect(parseIp('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(parseIp('::ffff:10.0.0.1')?.value).toBe((0xffffn << 32n) | 167772161n);
    expect(formatIp(6, (0xfd00n << 112n) | 1n)).toBe('fd00::1');
    expect(formatIp(6, 0n)).toBe('::');
    expect(formatIp(6, (1n << 112n) | (1n << 16n))).toBe('1::1:0');
    expect(formatIp(6, parseIp('1:0:0:2:0:0:0:3')?.value ?? 0n)).toBe('1:0:0:2::3');
    expect(formatIp(4, 3232235521n)).toBe('192.168.0.1');
    expect(canonicalIp('FD00:0009::0001')).toBe('fd00:9::1');
    expect(canonicalIp('junk')).toBe('junk');
  });

  it('normalises CIDRs and tells overlaps', () => {
    const cidr = parseCidr('192.168.82.7/24');
    expect(cidr && formatCidr(cidr)).toBe('192.168.82.0/24');
    expect(parseCidr('10.0.0.0/33')).toBeNull();
    expect(parseCidr('banana')).toBeNull();
    expect(parseCidr('fd00:1::/64')?.last).toBe((0xfd000001n << 96n) | 0xffffffffffffffffn);
    const a = parseCidr('10.0.0.0/24');
    const b = parseCidr('10.0.0.128/25');
    const c = parseCidr('10.0.1.0/24');
    if (!a || !b || !c) throw new Error('unparsed');
    expect(cidrsOverlap(a, b)).toBe(true);
    expect(cidrsOverlap(a, c)).toBe(false);
  });

  it('derives the SLAAC address from a MAC', () => {
    const cidr = parseCidr('fd00:1::/64');
    if (!cidr) throw new Error('unparsed');
    expect(eui64Address(cidr, 'fa:16:3e:15:cf:c8')).toBe('fd00:1::f816:3eff:fe15:cfc8');
  });
});
