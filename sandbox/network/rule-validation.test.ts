import { describe, expect, it } from 'vitest';
import {
  checkPortRange,
  checkRemote,
  checkRemoteIpPrefix,
  convertEthertype,
  convertPort,
  convertProtocol,
  normalizeCidr,
  protocolForEthertype,
  sameRule,
  withPrefixLength,
  type RuleInput,
} from './rule-validation';
import type { NeutronError } from './errors';

const base: RuleInput = {
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: null,
  portRangeMin: null,
  portRangeMax: null,
  remoteIpPrefix: null,
  remoteGroupId: null,
};

function refusal(fn: () => void): { type: string; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as NeutronError;
    return { type: e.type, message: e.message };
  }
  throw new Error('expected a refusal');
}

describe('rule conversion', () => {
  it('takes protocol names in any case and numbers up to 255', () => {
    expect(convertProtocol('TCP')).toBe('tcp');
    expect(convertProtocol(6)).toBe('6');
    expect(convertProtocol(null)).toBeNull();
    expect(refusal(() => convertProtocol('256')).type).toBe('SecurityGroupRuleInvalidProtocol');
    expect(refusal(() => convertProtocol('foo')).message).toMatch(
      /^Security group rule protocol foo not supported\. Only protocol values \[None, 'ah'/,
    );
  });

  it('takes ethertypes in any case, IPv4 by default', () => {
    expect(convertEthertype(undefined)).toBe('IPv4');
    expect(convertEthertype('ipv6')).toBe('IPv6');
    expect(refusal(() => convertEthertype('IPv5')).message).toBe(
      "Security group rule for ethertype 'IPv5' not supported. Allowed values are ['IPv4', 'IPv6'].",
    );
  });

  it('reads ports as integers and refuses words', () => {
    expect(convertPort('22')).toBe(22);
    expect(convertPort(null)).toBeNull();
    expect(refusal(() => convertPort('abc')).message).toBe('Invalid value for port abc');
  });

  it('makes a bare address a host prefix and IPv6 icmp ipv6-icmp', () => {
    expect(withPrefixLength('192.168.1.7')).toBe('192.168.1.7/32');
    expect(withPrefixLength('fe80::1')).toBe('fe80::1/128');
    expect(withPrefixLength('10.0.0.5/8')).toBe('10.0.0.5/8');
    expect(protocolForEthertype('icmp', 'IPv6')).toBe('ipv6-icmp');
    expect(protocolForEthertype('icmp', 'IPv4')).toBe('icmp');
  });

  it('normalizes and checks remote prefixes', () => {
    expect(normalizeCidr('10.0.0.5/8')).toBe('10.0.0.0/8');
    expect(normalizeCidr('10.0.0.5')).toBe('10.0.0.5/32');
    expect(() => checkRemoteIpPrefix('10.0.0.0/24')).not.toThrow();
    expect(refusal(() => checkRemoteIpPrefix('10.0.0.0/33'))).toEqual({
      type: 'InvalidCIDR',
      message: 'Invalid CIDR 10.0.0.0/33 given as IP prefix.',
    });
  });
});

describe('port ranges', () => {
  it('refuses min above max for TCP, port 0 and ports over 65535', () => {
    expect(
      refusal(() =>
        checkPortRange({ ...base, protocol: 'tcp', portRangeMin: 443, portRangeMax: 80 }),
      ).type,
    ).toBe('SecurityGroupInvalidPortRange');
    expect(
      refusal(() => checkPortRange({ ...base, protocol: 'udp', portRangeMin: 0, portRangeMax: 5 }))
        .message,
    ).toBe('Invalid value for port 0');
    expect(
      refusal(() =>
        checkPortRange({ ...base, protocol: 'tcp', portRangeMin: 1, portRangeMax: 65536 }),
      ).message,
    ).toBe('Invalid value for port 65536');
    expect(() =>
      checkPortRange({ ...base, protocol: 'tcp', portRangeMin: 1, portRangeMax: 65535 }),
    ).not.toThrow();
  });

  it('checks ICMP type and code', () => {
    expect(
      refusal(() => checkPortRange({ ...base, protocol: 'icmp', portRangeMin: 300 })).message,
    ).toBe('Invalid value for ICMP type (port_range_min) 300. It must be 0 to 255.');
    expect(refusal(() => checkPortRange({ ...base, protocol: 'icmp', portRangeMax: 3 })).type).toBe(
      'SecurityGroupMissingIcmpType',
    );
    expect(() =>
      checkPortRange({ ...base, protocol: 'icmp', portRangeMin: 8, portRangeMax: 0 }),
    ).not.toThrow();
  });

  it('wants a protocol with ports, and one that has ports', () => {
    expect(
      refusal(() => checkPortRange({ ...base, portRangeMin: 22, portRangeMax: 22 })).type,
    ).toBe('SecurityGroupProtocolRequiredWithPorts');
    expect(
      refusal(() => checkPortRange({ ...base, protocol: 'gre', portRangeMin: 1 })).message,
    ).toBe(
      'Ports cannot be specified for protocol 47. Ports are only supported for DCCP, SCTP, TCP, UDP, UDPLITE.',
    );
  });
});

describe('remotes and duplicates', () => {
  it('allows one remote whose family matches the ethertype', () => {
    expect(
      refusal(() => checkRemote({ ...base, remoteIpPrefix: '0.0.0.0/0', remoteGroupId: 'g' })).type,
    ).toBe('SecurityGroupMultipleRemoteEntites');
    expect(
      refusal(() => checkRemote({ ...base, ethertype: 'IPv6', remoteIpPrefix: '10.0.0.0/8' }))
        .message,
    ).toBe('Conflicting value ethertype IPv6 for CIDR 10.0.0.0/8');
    expect(() => checkRemote({ ...base, ethertype: 'IPv6', remoteIpPrefix: '::/0' })).not.toThrow();
  });

  it('treats a protocol name and its number as the same rule, and prefixes as written', () => {
    const ssh = {
      ...base,
      protocol: 'tcp',
      portRangeMin: 22,
      portRangeMax: 22,
      remoteIpPrefix: '10.0.0.0/8',
    };
    expect(sameRule(ssh, { ...ssh, protocol: '6' })).toBe(true);
    expect(sameRule(ssh, { ...ssh, remoteIpPrefix: '10.0.0.5/8' })).toBe(false);
    expect(sameRule(ssh, { ...ssh, direction: 'egress' })).toBe(false);
  });
});
