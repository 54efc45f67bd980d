import { describe, expect, it } from 'vitest';
import { NeutronError } from './errors';
import { parseCidr } from './ip-address';
import {
  checkDhcpCidr,
  checkGatewayOutsidePools,
  checkGatewayValid,
  checkIpv6Modes,
  checkNoOverlap,
  checkPools,
  defaultGateway,
  defaultPools,
  isAutoAddress,
  subnetCidr,
} from './subnet-rules';

function cidr(text: string) {
  const parsed = parseCidr(text);
  if (!parsed) throw new Error(`unparsed ${text}`);
  return parsed;
}

function refusal(fn: () => void): { status: number; type: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof NeutronError)
      return { status: err.status, type: err.type, message: err.message };
    throw err;
  }
  throw new Error('expected a NeutronError');
}

describe('subnet defaults', () => {
  it('puts the gateway on the first host (IPv4) or the network address (IPv6)', () => {
    expect(defaultGateway(cidr('10.1.2.0/24'))).toBe('10.1.2.1');
    expect(defaultGateway(cidr('fd00:2::/64'))).toBe('fd00:2::');
  });

  it('pools the host range less the gateway', () => {
    expect(defaultPools(cidr('10.1.2.0/24'), '10.1.2.1')).toEqual([
      { start: '10.1.2.2', end: '10.1.2.254' },
    ]);
    expect(defaultPools(cidr('10.1.2.0/24'), '10.1.2.5')).toEqual([
      { start: '10.1.2.1', end: '10.1.2.4' },
      { start: '10.1.2.6', end: '10.1.2.254' },
    ]);
    expect(defaultPools(cidr('10.1.2.0/24'), null)).toEqual([
      { start: '10.1.2.1', end: '10.1.2.254' },
    ]);
    // A gateway outside the CIDR (allowed by Neutron) leaves the whole range.
    expect(defaultPools(cidr('10.1.2.0/24'), '10.0.0.1')).toEqual([
      { start: '10.1.2.1', end: '10.1.2.254' },
    ]);
    expect(defaultPools(cidr('fd00:2::/64'), 'fd00:2::')).toEqual([
      { start: 'fd00:2::1', end: 'fd00:2::ffff:ffff:ffff:ffff' },
    ]);
  });
});

describe('subnet refusals', () => {
  it('words bad CIDRs and a version mismatch as InvalidInput', () => {
    expect(refusal(() => subnetCidr('banana', 4)).message).toBe(
      'Invalid input for operation: banana is not in a CIDR format.',
    );
    expect(refusal(() => subnetCidr('10.0.0.0/24', 6)).message).toBe(
      "Invalid input for operation: cidr '10.0.0.0/24' does not match the ip_version '6'.",
    );
  });

  it('refuses pools outside the host range, reversed or overlapping', () => {
    const c = cidr('10.1.2.0/24');
    expect(refusal(() => checkPools(c, [{ start: '10.1.2.0', end: '10.1.2.9' }]))).toEqual({
      status: 400,
      type: 'OutOfBoundsAllocationPool',
      message: 'The allocation pool 10.1.2.0-10.1.2.9 spans beyond the subnet cidr 10.1.2.0/24.',
    });
    expect(refusal(() => checkPools(c, [{ start: '10.1.2.9', end: '10.1.2.2' }])).type).toBe(
      'InvalidAllocationPool',
    );
    expect(
      refusal(() =>
        checkPools(c, [
          { start: '10.1.2.2', end: '10.1.2.20' },
          { start: '10.1.2.20', end: '10.1.2.30' },
        ]),
      ),
    ).toEqual({
      status: 409,
      type: 'OverlappingAllocationPools',
      message:
        'Found overlapping allocation pools: 10.1.2.2-10.1.2.20 10.1.2.20-10.1.2.30 for subnet 10.1.2.0/24.',
    });
    expect(() => checkPools(c, [{ start: '10.1.2.1', end: '10.1.2.254' }])).not.toThrow();
  });

  it('refuses a gateway a pool would hand out', () => {
    const pools = [{ start: '10.1.2.2', end: '10.1.2.20' }];
    expect(refusal(() => checkGatewayOutsidePools('10.1.2.5', pools))).toEqual({
      status: 409,
      type: 'GatewayConflictWithAllocationPools',
      message: 'Gateway ip 10.1.2.5 conflicts with allocation pool 10.1.2.2-10.1.2.20.',
    });
    expect(() => checkGatewayOutsidePools('10.1.2.1', pools)).not.toThrow();
    expect(() => checkGatewayOutsidePools(null, pools)).not.toThrow();
  });

  it('refuses an IPv4 gateway on the network or broadcast address, in the CIDR only', () => {
    const c = cidr('10.1.2.0/24');
    for (const gw of ['10.1.2.0', '10.1.2.255']) {
      expect(refusal(() => checkGatewayValid(c, gw))).toEqual({
        status: 400,
        type: 'InvalidInput',
        message: 'Invalid input for operation: Gateway is not valid on subnet.',
      });
    }
    expect(() => checkGatewayValid(c, '10.0.0.0')).not.toThrow();
    expect(() => checkGatewayValid(cidr('fd00::/64'), 'fd00::')).not.toThrow();
    expect(refusal(() => checkPools(c, [{ start: '10.1.2.9', end: '10.1.2.2' }])).message).toBe(
      "The allocation pool {'start': '10.1.2.9', 'end': '10.1.2.2'} is not valid.",
    );
  });

  it('keeps DHCP off CIDRs it cannot serve', () => {
    const message = (text: string) => refusal(() => checkDhcpCidr(cidr(text))).message;
    expect(message('10.0.0.0/31')).toBe(
      'Invalid input for operation: Subnet has a prefix length that is incompatible with DHCP service enabled.',
    );
    expect(message('fd00::/127')).toContain('prefix length');
    expect(message('224.0.0.0/24')).toBe(
      'Invalid input for operation: Multicast IP subnet is not supported if enable_dhcp is True.',
    );
    expect(message('127.0.0.0/24')).toBe(
      'Invalid input for operation: Loopback IP subnet is not supported if enable_dhcp is True.',
    );
    expect(message('0.0.0.0/0')).toBe(
      "Invalid input for operation: First IP '0.0.0.0' of network is not supported if enable_dhcp is True..",
    );
    expect(() => checkDhcpCidr(cidr('10.0.0.0/30'))).not.toThrow();
    expect(() => checkDhcpCidr(cidr('169.254.0.0/24'))).not.toThrow();
  });

  it('refuses a CIDR overlapping a sibling', () => {
    expect(
      refusal(() => checkNoOverlap(cidr('10.1.2.128/25'), '10.1.2.128/25', 'n1', ['10.1.2.0/24']))
        .message,
    ).toBe(
      'Invalid input for operation: Requested subnet with cidr: 10.1.2.128/25 for network: n1 overlaps with another subnet.',
    );
    expect(() =>
      checkNoOverlap(cidr('10.1.3.0/24'), '10.1.3.0/24', 'n1', ['10.1.2.0/24']),
    ).not.toThrow();
  });

  it('checks the IPv6 modes', () => {
    expect(refusal(() => checkIpv6Modes(4, 'slaac', null)).message).toBe(
      'Invalid input for operation: ipv6_address_mode is not valid when ip_version is 4.',
    );
    expect(refusal(() => checkIpv6Modes(6, 'slaac', 'dhcpv6-stateful')).type).toBe('InvalidInput');
    expect(() => checkIpv6Modes(6, 'slaac', 'slaac')).not.toThrow();
    expect(isAutoAddress({ ipVersion: 6, ipv6AddressMode: 'slaac', ipv6RaMode: null })).toBe(true);
    expect(
      isAutoAddress({ ipVersion: 6, ipv6AddressMode: null, ipv6RaMode: 'dhcpv6-stateless' }),
    ).toBe(true);
    expect(
      isAutoAddress({ ipVersion: 6, ipv6AddressMode: 'dhcpv6-stateful', ipv6RaMode: null }),
    ).toBe(false);
  });
});
