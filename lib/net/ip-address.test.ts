import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  contains,
  firstAddress,
  formatAddress,
  formatCidr,
  hasHostBits,
  lastAddress,
  parseAddress,
  parseCidr,
  readCidr,
} from './ip-address';

describe('addresses', () => {
  it('reads IPv4 and IPv6 and prints them back', () => {
    expect(parseAddress('10.0.0.1')).toEqual({ version: 4, value: 0x0a000001n });
    expect(parseAddress(' 10.0.0.1 ')).toEqual({ version: 4, value: 0x0a000001n });
    expect(parseAddress('::1')).toEqual({ version: 6, value: 1n });
    expect(parseAddress('fd00::ffff:10.0.0.1')?.value).toBe((0xfd00n << 112n) | 0xffff0a000001n);
    expect(formatAddress(4, parseAddress('10.1.2.3')!.value)).toBe('10.1.2.3');
    expect(formatAddress(6, parseAddress('2001:DB8:0:0:0::1')!.value)).toBe('2001:db8::1');
    expect(formatAddress(6, parseAddress('::ffff:1.2.3.4')!.value)).toBe('::ffff:102:304');
    expect(formatAddress(6, parseAddress('1:0:0:2:0:0:0:3')!.value)).toBe('1:0:0:2::3');
    expect(formatAddress(6, parseAddress('1:0:2:3:4:5:6:7')!.value)).toBe('1:0:2:3:4:5:6:7');
  });

  it('refuses what is not an address', () => {
    for (const bad of [
      '10.0.0.256',
      '10.0.0',
      '1.2.3.4.5',
      '010.0.0.1',
      'a::b::c',
      '1::2:3:4:5:6:7:8',
      '1:2:3:4:5:6:7',
      '::ffff:1.2.3.256',
      'fe80::1%eth0',
      '[::1]',
      'x',
      '',
    ])
      expect(parseAddress(bad), bad).toBeUndefined();
  });
});

describe('CIDRs', () => {
  it('reads CIDRs with their prefix length, host bits allowed', () => {
    expect(parseCidr('10.0.0.0/24')).toMatchObject({ version: 4, prefix: 24 });
    expect(parseCidr(' 2001:db8::/64 ')).toMatchObject({
      version: 6,
      prefix: 64,
      text: '2001:db8::/64',
    });
    expect(parseCidr('10.0.0.5/24')).toMatchObject({ address: 0x0a000005n, prefix: 24 });
    for (const bad of [
      '10.0.0.0/33',
      '10.0.0.0',
      '10.0.0.0/',
      '2001:db8::/129',
      'abc/8',
      '10.0.0.0 /24',
    ])
      expect(parseCidr(bad), bad).toBeUndefined();
  });

  it('says why a text is not a CIDR', () => {
    expect(readCidr('abc/8')).toEqual({ reason: 'address' });
    expect(readCidr('')).toEqual({ reason: 'address' });
    expect(readCidr('10.0.0.0')).toEqual({ reason: 'missing-prefix' });
    expect(readCidr('10.0.0.0/33')).toEqual({ reason: 'prefix', max: 32 });
    expect(readCidr('10.0.0.0/8/1')).toEqual({ reason: 'prefix', max: 32 });
    expect(readCidr('::/x')).toEqual({ reason: 'prefix', max: 128 });
  });

  it('takes a bare address as one host when the prefix is optional', () => {
    expect(readCidr('10.0.0.7', { prefixOptional: true })).toEqual({
      version: 4,
      address: 0x0a000007n,
      prefix: 32,
      text: '10.0.0.7',
    });
    expect(readCidr('::1', { prefixOptional: true })).toMatchObject({ version: 6, prefix: 128 });
  });

  it('knows its first and last address, and prints the network', () => {
    const cidr = parseCidr('10.0.0.5/24')!;
    expect(hasHostBits(cidr)).toBe(true);
    expect(hasHostBits(parseCidr('10.0.0.0/24')!)).toBe(false);
    expect(formatAddress(4, firstAddress(cidr))).toBe('10.0.0.0');
    expect(formatAddress(4, lastAddress(cidr))).toBe('10.0.0.255');
    expect(formatCidr(cidr)).toBe('10.0.0.0/24');
    expect(formatCidr(parseCidr('2001:db8::1/64')!)).toBe('2001:db8::/64');
  });

  it('tells whether a network holds an address', () => {
    const cidr = parseCidr('2001:db8::/64')!;
    expect(contains(cidr, parseAddress('2001:db8::ffff')!)).toBe(true);
    expect(contains(cidr, parseAddress('2001:db9::1')!)).toBe(false);
    expect(contains(parseCidr('10.0.0.0/8')!, parseAddress('2001:db8::1')!)).toBe(false);
    expect(cidrContains('10.0.0.0/24', '10.0.0.254')).toBe(true);
    expect(cidrContains('10.0.0.0/24', '10.0.1.1')).toBe(false);
    expect(cidrContains('10.0.0.0/24', 'fd00::1')).toBe(false);
    expect(cidrContains('fd00::/64', 'fd00::abcd')).toBe(true);
    expect(cidrContains('0.0.0.0/0', '8.8.8.8')).toBe(true);
    expect(cidrContains('10.0.0.9/24', '10.0.0.1')).toBe(true);
    expect(cidrContains('nonsense', '10.0.0.1')).toBe(false);
  });
});
