import { describe, expect, it } from 'vitest';
import {
  cidrRange,
  generateMac,
  intToIp,
  ipInSubnet,
  ipToInt,
  isIpAddress,
  pickAddress,
} from './ipam';

describe('IPv4 arithmetic', () => {
  it('converts addresses and CIDRs', () => {
    expect(ipToInt('10.0.0.1')).toBe(167772161);
    expect(intToIp(167772161)).toBe('10.0.0.1');
    expect(ipToInt('10.0.0.256')).toBeNull();
    expect(ipToInt('bogus')).toBeNull();
    expect(cidrRange('10.0.0.7/24')).toEqual({ first: 167772160, last: 167772415 });
    expect(isIpAddress('fe80::1')).toBe(true);
    expect(isIpAddress('bogus')).toBe(false);
  });

  it('excludes the network and broadcast addresses from a subnet', () => {
    const subnet = { cidr: '10.0.0.0/24' };
    expect(ipInSubnet(subnet, '10.0.0.1')).toBe(true);
    expect(ipInSubnet(subnet, '10.0.0.0')).toBe(false);
    expect(ipInSubnet(subnet, '10.0.0.255')).toBe(false);
    expect(ipInSubnet(subnet, '10.0.1.1')).toBe(false);
  });
});

describe('address choice', () => {
  const subnet = { allocationPools: [{ start: '10.0.0.2', end: '10.0.0.5' }] };

  it('picks among the free pool addresses', () => {
    const used = new Set(['10.0.0.2', '10.0.0.4']);
    expect(pickAddress(subnet, used, () => 0)).toBe('10.0.0.3');
    expect(pickAddress(subnet, used, (n) => n - 1)).toBe('10.0.0.5');
    expect(
      pickAddress(subnet, new Set(['10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5'])),
    ).toBeNull();
  });

  it('makes MACs under fa:16:3e that are not taken', () => {
    const mac = generateMac(new Set());
    expect(mac).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
  });
});
