import { describe, expect, it } from 'vitest';
import { cidrContains, parseCidr, parseIp } from './router-ip';

describe('router address arithmetic', () => {
  it('reads IPv4 and IPv6 addresses and refuses the rest', () => {
    expect(parseIp('10.0.0.1')).toEqual({ version: 4, value: 0x0a000001n });
    expect(parseIp('::1')).toEqual({ version: 6, value: 1n });
    expect(parseIp('fd00::ffff:10.0.0.1')?.value).toBe((0xfd00n << 112n) | 0xffff0a000001n);
    for (const bad of ['10.0.0.256', '10.0.0', '1.2.3.4.5', '010.0.0.1', 'a::b::c', 'x', ''])
      expect(parseIp(bad), bad).toBeNull();
  });

  it('reads CIDRs with their prefix length', () => {
    expect(parseCidr('10.0.0.0/24')).toMatchObject({ version: 4, prefix: 24 });
    expect(parseCidr('2001:db8::/64')).toMatchObject({ version: 6, prefix: 64 });
    for (const bad of ['10.0.0.0/33', '10.0.0.0', '10.0.0.0/', '2001:db8::/129', 'abc/8'])
      expect(parseCidr(bad), bad).toBeNull();
  });

  it('tells whether an address is inside a CIDR', () => {
    expect(cidrContains('10.0.0.0/24', '10.0.0.254')).toBe(true);
    expect(cidrContains('10.0.0.0/24', '10.0.1.1')).toBe(false);
    expect(cidrContains('10.0.0.0/24', 'fd00::1')).toBe(false);
    expect(cidrContains('fd00::/64', 'fd00::abcd')).toBe(true);
    expect(cidrContains('0.0.0.0/0', '8.8.8.8')).toBe(true);
  });
});
