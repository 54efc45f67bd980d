import { describe, expect, it } from 'vitest';
import type { SecurityGroupRule } from '@/lib/openstack/network/security-group-schemas';
import { portRangeLabel, protocolLabel, ruleSummary } from './rule-display';

const rule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({
  id: 'r',
  security_group_id: 'g',
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 'tcp',
  port_range_min: 22,
  port_range_max: 22,
  remote_ip_prefix: '0.0.0.0/0',
  remote_group_id: null,
  ...over,
});

describe('rule display', () => {
  it('reads ports, ICMP type/code and any', () => {
    expect(portRangeLabel(rule({}))).toBe('22');
    expect(portRangeLabel(rule({ port_range_min: 80, port_range_max: 443 }))).toBe('80 - 443');
    expect(
      portRangeLabel(rule({ protocol: null, port_range_min: null, port_range_max: null })),
    ).toBe('Any');
    expect(portRangeLabel(rule({ protocol: 'icmp', port_range_min: 8, port_range_max: 0 }))).toBe(
      'type 8, code 0',
    );
    expect(
      portRangeLabel(rule({ protocol: 'icmp', port_range_min: null, port_range_max: null })),
    ).toBe('Any');
    expect(protocolLabel(rule({ protocol: null }))).toBe('Any');
    expect(protocolLabel(rule({}))).toBe('TCP');
  });

  it('names a rule as Horizon’s confirmations do', () => {
    expect(ruleSummary(rule({}))).toBe('ALLOW IPv4 22/tcp from 0.0.0.0/0');
    expect(
      ruleSummary(
        rule({
          direction: 'egress',
          protocol: null,
          port_range_min: null,
          port_range_max: null,
          remote_ip_prefix: null,
          ethertype: 'IPv6',
        }),
      ),
    ).toBe('ALLOW IPv6 any to ::/0');
    expect(
      ruleSummary(
        rule({
          port_range_min: 80,
          port_range_max: 443,
          remote_ip_prefix: null,
          remote_group_id: 'g2',
        }),
        'web',
      ),
    ).toBe('ALLOW IPv4 80:443/tcp from web');
    expect(ruleSummary(rule({ protocol: 'icmp', port_range_min: 8, port_range_max: 0 }))).toBe(
      'ALLOW IPv4 icmp type 8 code 0 from 0.0.0.0/0',
    );
  });
});
