import { describe, expect, it } from 'vitest';
import {
  addRuleEquivalents,
  createSecurityGroupEquivalents,
  deleteRuleEquivalents,
  deleteSecurityGroupEquivalents,
  editSecurityGroupEquivalents,
} from './security-groups-equivalents';
import type { RuleRequest } from './rule-inputs';

const SSH: RuleRequest = {
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 'tcp',
  portRangeMin: 22,
  portRangeMax: 22,
  remoteIpPrefix: '0.0.0.0/0',
  remoteGroupId: null,
  description: '',
};
const PING: RuleRequest = {
  ...SSH,
  protocol: 'icmp',
  portRangeMin: 8,
  portRangeMax: 0,
  ethertype: 'IPv6',
  remoteIpPrefix: '::/0',
  description: "ping's ok",
};

describe('security group equivalents', () => {
  it('create, edit and delete a group', () => {
    expect(createSecurityGroupEquivalents('web', '').cli).toBe(
      'openstack security group create web',
    );
    expect(createSecurityGroupEquivalents('my web', 'for <b>').cli).toBe(
      "openstack security group create --description 'for <b>' 'my web'",
    );
    const created = createSecurityGroupEquivalents('web', 'Web servers');
    expect(created.sdk).toContain(
      'group = conn.network.create_security_group(\n    name="web",\n    description="Web servers",\n)',
    );
    expect(created.hot).toContain(
      '  web:\n    type: OS::Neutron::SecurityGroup\n    properties:\n      name: web\n      description: Web servers\n',
    );
    expect(editSecurityGroupEquivalents('g1', 'new', '').cli).toBe(
      "openstack security group set --name new --description '' g1",
    );
    expect(editSecurityGroupEquivalents('g1', 'new', 'd').sdk).toContain(
      'conn.network.update_security_group("g1", name="new", description="d")',
    );
    expect(deleteSecurityGroupEquivalents(['a', 'b']).cli).toBe(
      'openstack security group delete a b',
    );
    expect(deleteSecurityGroupEquivalents(['a']).sdk).toContain(
      'conn.network.delete_security_group("a")',
    );
  });

  it('list rules inside the group’s template', () => {
    expect(createSecurityGroupEquivalents('web', '', [SSH, PING]).hot).toContain(
      [
        '      rules:',
        '        - direction: ingress',
        '          ethertype: IPv4',
        '          protocol: tcp',
        '          port_range_min: 22',
        '          port_range_max: 22',
        '          remote_ip_prefix: 0.0.0.0/0',
        '        - direction: ingress',
        '          ethertype: IPv6',
        '          protocol: icmp',
        '          port_range_min: 8',
        '          port_range_max: 0',
        '          remote_ip_prefix: "::/0"',
        '          description: "ping\'s ok"',
      ].join('\n'),
    );
  });

  it('add a rule: the CLI options, the SDK call, the HOT resource', () => {
    expect(addRuleEquivalents('g1', SSH).cli).toBe(
      'openstack security group rule create --ingress --ethertype IPv4 --protocol tcp --dst-port 22:22 --remote-ip 0.0.0.0/0 g1',
    );
    expect(addRuleEquivalents('g1', PING).cli).toBe(
      "openstack security group rule create --ingress --ethertype IPv6 --protocol icmp --icmp-type 8 --icmp-code 0 --remote-ip ::/0 --description 'ping'\"'\"'s ok' g1",
    );
    expect(
      addRuleEquivalents('g1', {
        ...SSH,
        direction: 'egress',
        protocol: null,
        portRangeMin: null,
        portRangeMax: null,
        remoteIpPrefix: null,
        remoteGroupId: 'g2',
      }).cli,
    ).toBe(
      'openstack security group rule create --egress --ethertype IPv4 --protocol any --remote-group g2 g1',
    );
    expect(addRuleEquivalents('g1', SSH).sdk).toContain(
      [
        'rule = conn.network.create_security_group_rule(',
        '    security_group_id="g1",',
        '    direction="ingress",',
        '    ethertype="IPv4",',
        '    protocol="tcp",',
        '    port_range_min=22,',
        '    port_range_max=22,',
        '    remote_ip_prefix="0.0.0.0/0",',
        ')',
      ].join('\n'),
    );
    expect(
      addRuleEquivalents('g1', { ...SSH, protocol: '47', portRangeMin: null, portRangeMax: null })
        .hot,
    ).toContain(
      '    type: OS::Neutron::SecurityGroupRule\n    properties:\n      security_group: g1\n      direction: ingress\n      ethertype: IPv4\n      protocol: "47"\n      remote_ip_prefix: 0.0.0.0/0',
    );
    expect(deleteRuleEquivalents(['r1', 'r2']).cli).toBe(
      'openstack security group rule delete r1 r2',
    );
  });
});
