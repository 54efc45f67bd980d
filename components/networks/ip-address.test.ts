import { describe, expect, it } from 'vitest';
import { contains, formatAddress, parseAddress, parseCidr } from './ip-address';

describe('ip addresses', () => {
  it('parses and prints IPv4 and IPv6', () => {
    expect(formatAddress(4, parseAddress('10.1.2.3')!.value)).toBe('10.1.2.3');
    expect(formatAddress(6, parseAddress('2001:DB8:0:0:0::1')!.value)).toBe('2001:db8::1');
    expect(formatAddress(6, parseAddress('::ffff:1.2.3.4')!.value)).toBe('::ffff:102:304');
    expect(parseAddress('10.0.0')).toBeUndefined();
  });
  it('tells whether a network holds an address', () => {
    const cidr = parseCidr('2001:db8::/64')!;
    expect(contains(cidr, parseAddress('2001:db8::ffff')!)).toBe(true);
    expect(contains(cidr, parseAddress('2001:db9::1')!)).toBe(false);
    expect(contains(parseCidr('10.0.0.0/8')!, parseAddress('2001:db8::1')!)).toBe(false);
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
  });
});
