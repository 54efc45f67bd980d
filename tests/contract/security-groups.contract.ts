// Security groups and rules: create, list pages, show, update, delete, rules by
// group, and Neutron's validation of rules in its own words
// (lib/openstack/network/security-groups.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { SecurityGroup } from '@/lib/openstack/network/neutron-schemas';
import type { SecurityGroupRuleInput } from '@/lib/openstack/network/security-groups';
import type { DashboardToken } from '@/lib/session-token';
import { apiFor, session, unique } from './context';
import { failure } from './failure';
import { scratchFor, type Scratch } from './neutron-scratch';

let demo: DashboardToken;
let api: Api;
let scratch: Scratch;
const groups: string[] = [];
const ports: string[] = [];

beforeAll(async () => {
  demo = await session('demo');
  api = await apiFor(demo);
  scratch = scratchFor(api);
});

afterAll(async () => {
  for (const id of ports) await scratch.deletePort(id);
  for (const id of groups) await api.network.deleteSecurityGroup(id).catch(() => undefined);
});

let shared: SecurityGroup | undefined;
/** One group for the refusals (a project may only have 10). */
async function sharedGroup(): Promise<SecurityGroup> {
  shared ??= await newGroup();
  return shared;
}

async function newGroup(): Promise<SecurityGroup> {
  const group = await api.network.createSecurityGroup({
    name: unique('sg'),
    description: 'contract',
  });
  groups.push(group.id);
  return group;
}

describe('security groups', () => {
  it('creates a group with the two egress rules Neutron adds', async () => {
    const group = await newGroup();
    expect(group).toMatchObject({ description: 'contract', project_id: demo.project.id });
    const rules = group.security_group_rules ?? [];
    expect(rules.map((r) => [r.direction, r.ethertype, r.protocol ?? null]).sort()).toEqual([
      ['egress', 'IPv4', null],
      ['egress', 'IPv6', null],
    ]);
    expect((await api.network.getSecurityGroup(group.id)).name).toBe(group.name);
  });

  it('lists groups in pages, and the list Launch Instance uses still answers', async () => {
    await newGroup();
    const first = await api.network.listSecurityGroupPage({ limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.next).toBe(first.items[0]!.id);
    const next = await api.network.listSecurityGroupPage({ limit: 1, marker: first.next });
    expect(next.items[0]?.id).not.toBe(first.items[0]!.id);
    const all = await api.network.listSecurityGroups();
    expect(all.map((g) => g.name)).toContain('default');
  });

  it('updates name and description; refuses renaming to or from default', async () => {
    const group = await newGroup();
    const updated = await api.network.updateSecurityGroup(group.id, {
      name: `${group.name}-x`,
      description: 'changed',
    });
    expect(updated).toMatchObject({ name: `${group.name}-x`, description: 'changed' });
    const toDefault = await failure(api.network.updateSecurityGroup(group.id, { name: 'default' }));
    expect(toDefault.status).toBe(409);
    expect(toDefault.title).toBe('SecurityGroupDefaultAlreadyExists');
    expect(toDefault.message).toBe('Default security group already exists.');
    const [defaultGroup] = await api.network.listSecurityGroups({
      name: 'default',
      project_id: demo.project.id,
    });
    const fromDefault = await failure(
      api.network.updateSecurityGroup(defaultGroup!.id, { name: unique('sg') }),
    );
    expect(fromDefault.status).toBe(409);
    expect(fromDefault.title).toBe('SecurityGroupCannotUpdateDefault');
    expect(fromDefault.message).toBe('Updating default security group not allowed.');
  });

  it('refuses deleting a group a port uses, then deletes it once free', async () => {
    const group = await newGroup();
    const [network] = await api.network.listNetworks({
      name: 'private',
      project_id: demo.project.id,
    });
    const port = await scratch.createPort(network!.id, [group.id]);
    ports.push(port.id);
    const inUse = await failure(api.network.deleteSecurityGroup(group.id));
    expect(inUse.status).toBe(409);
    expect(inUse.title).toBe('SecurityGroupInUse');
    expect(inUse.message).toBe(`Security Group ${group.id} in use.`);
    await scratch.deletePort(port.id);
    await api.network.deleteSecurityGroup(group.id);
    const gone = await failure(api.network.getSecurityGroup(group.id));
    expect(gone.status).toBe(404);
    expect(gone.title).toBe('SecurityGroupNotFound');
    expect(gone.message).toBe(`Security group ${group.id} does not exist`);
  });
});

describe('security group rules', () => {
  it('adds SSH and ICMP rules, lists them by group, refuses a duplicate, deletes one', async () => {
    const group = await newGroup();
    const ssh = await api.network.createSecurityGroupRule({
      securityGroupId: group.id,
      direction: 'ingress',
      protocol: 'tcp',
      portRangeMin: 22,
      portRangeMax: 22,
      remoteIpPrefix: '10.0.0.5/8',
      description: 'ssh',
    });
    expect(ssh).toMatchObject({
      security_group_id: group.id,
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: '10.0.0.5/8',
      normalized_cidr: '10.0.0.0/8',
      remote_group_id: null,
      description: 'ssh',
    });
    const icmp = await api.network.createSecurityGroupRule({
      securityGroupId: group.id,
      direction: 'ingress',
      protocol: 'icmp',
      remoteGroupId: group.id,
    });
    expect(icmp).toMatchObject({
      protocol: 'icmp',
      port_range_min: null,
      remote_group_id: group.id,
    });

    const listed = await api.network.listSecurityGroupRules({
      filters: { security_group_id: group.id },
    });
    expect(listed.items.map((r) => r.id)).toEqual(expect.arrayContaining([ssh.id, icmp.id]));
    expect(listed.items).toHaveLength(4);

    const dup = await failure(
      api.network.createSecurityGroupRule({
        securityGroupId: group.id,
        direction: 'ingress',
        protocol: '6',
        portRangeMin: 22,
        portRangeMax: 22,
        remoteIpPrefix: '10.0.0.5/8',
      }),
    );
    expect(dup.status).toBe(409);
    expect(dup.title).toBe('SecurityGroupRuleExists');
    expect(dup.message).toBe(`Security group rule already exists. Rule id is ${ssh.id}.`);

    await api.network.deleteSecurityGroupRule(ssh.id);
    const gone = await failure(api.network.deleteSecurityGroupRule(ssh.id));
    expect(gone.status).toBe(404);
    expect(gone.title).toBe('SecurityGroupRuleNotFound');
    expect(gone.message).toBe(`Security group rule ${ssh.id} does not exist`);
  });

  it('stores a bare address as a host prefix and IPv6 icmp as ipv6-icmp', async () => {
    const group = await sharedGroup();
    const http = await api.network.createSecurityGroupRule({
      securityGroupId: group.id,
      direction: 'ingress',
      protocol: 'TCP',
      portRangeMin: 80,
      portRangeMax: 80,
      remoteIpPrefix: '192.168.1.7',
    });
    expect(http).toMatchObject({ protocol: 'tcp', remote_ip_prefix: '192.168.1.7/32' });
    const icmp6 = await api.network.createSecurityGroupRule({
      securityGroupId: group.id,
      direction: 'ingress',
      ethertype: 'IPv6',
      protocol: 'icmp',
    });
    expect(icmp6).toMatchObject({ protocol: 'ipv6-icmp', ethertype: 'IPv6' });
    await api.network.deleteSecurityGroupRule(http.id);
    await api.network.deleteSecurityGroupRule(icmp6.id);
  });

  const refusals: [
    string,
    Omit<SecurityGroupRuleInput, 'securityGroupId' | 'direction'>,
    string,
    string,
  ][] = [
    [
      'port range 443–80',
      { protocol: 'tcp', portRangeMin: 443, portRangeMax: 80 },
      'SecurityGroupInvalidPortRange',
      'For TCP/UDP protocols, port_range_min must be <= port_range_max',
    ],
    [
      'ICMP type 300',
      { protocol: 'icmp', portRangeMin: 300 },
      'SecurityGroupInvalidIcmpValue',
      'Invalid value for ICMP type (port_range_min) 300. It must be 0 to 255.',
    ],
    [
      'ICMP code 256',
      { protocol: 'icmp', portRangeMin: 8, portRangeMax: 256 },
      'SecurityGroupInvalidIcmpValue',
      'Invalid value for ICMP code (port_range_max) 256. It must be 0 to 255.',
    ],
    [
      'ICMP code without type',
      { protocol: 'icmp', portRangeMax: 3 },
      'SecurityGroupMissingIcmpType',
      'ICMP code (port-range-max) 3 is provided but ICMP type (port-range-min) is missing.',
    ],
    [
      'remote CIDR 10.0.0.0/33',
      { protocol: 'tcp', remoteIpPrefix: '10.0.0.0/33' },
      'InvalidCIDR',
      'Invalid CIDR 10.0.0.0/33 given as IP prefix.',
    ],
    [
      'ports without a protocol',
      { portRangeMin: 22, portRangeMax: 22 },
      'SecurityGroupProtocolRequiredWithPorts',
      'Must also specify protocol if port range is given.',
    ],
    [
      'ports for GRE',
      { protocol: 'gre', portRangeMin: 1, portRangeMax: 2 },
      'SecurityGroupInvalidProtocolForPort',
      'Ports cannot be specified for protocol 47. Ports are only supported for DCCP, SCTP, TCP, UDP, UDPLITE.',
    ],
    [
      'port 70000',
      { protocol: 'udp', portRangeMin: 22, portRangeMax: 70000 },
      'SecurityGroupInvalidPortValue',
      'Invalid value for port 70000',
    ],
    [
      'an IPv4 CIDR for IPv6',
      { ethertype: 'IPv6', remoteIpPrefix: '10.0.0.0/8' },
      'SecurityGroupRuleParameterConflict',
      'Conflicting value ethertype IPv6 for CIDR 10.0.0.0/8',
    ],
  ];

  it.each(refusals)('refuses %s in Neutron words', async (_label, input, type, message) => {
    const group = await sharedGroup();
    const error = await failure(
      api.network.createSecurityGroupRule({
        securityGroupId: group.id,
        direction: 'ingress',
        ...input,
      }),
    );
    expect(error.status).toBe(400);
    expect(error.title).toBe(type);
    expect(error.message).toBe(message);
  });

  it('refuses two remotes and an unknown protocol', async () => {
    const group = await sharedGroup();
    const two = await failure(
      api.network.createSecurityGroupRule({
        securityGroupId: group.id,
        direction: 'ingress',
        remoteIpPrefix: '0.0.0.0/0',
        remoteGroupId: group.id,
      }),
    );
    expect(two.title).toBe('SecurityGroupMultipleRemoteEntites');
    expect(two.message).toBe(
      'Only one of remote_ip_prefix or remote_group_id or remote_address_group_id may be provided.',
    );
    const proto = await failure(
      api.network.createSecurityGroupRule({
        securityGroupId: group.id,
        direction: 'ingress',
        protocol: 'foo',
      }),
    );
    expect(proto.status).toBe(400);
    expect(proto.title).toBe('SecurityGroupRuleInvalidProtocol');
    expect(proto.message).toMatch(
      /^Security group rule protocol foo not supported\. Only protocol values \[None, 'ah', .*'vrrp'\] and integer representations \[0 to 255\] are supported\.$/,
    );
  });
});
