// Project → Network → Security Groups: the equivalent commands. Checked for real
// against the devcloud by security-groups-equivalents.real.ts.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';
import type { RuleRequest } from './rule-inputs';

/** The group and rules as a HOT `rules:` entry needs them (Heat's property names). */
function hotRuleLines(rule: RuleRequest, indent: string, groupLine?: string): string[] {
  const lines: string[] = [];
  const add = (key: string, value: string | number | null) => {
    if (value !== null && value !== '') lines.push(`${indent}${key}: ${value}`);
  };
  if (groupLine) lines.push(`${indent}${groupLine}`);
  add('direction', rule.direction);
  add('ethertype', rule.ethertype);
  add('protocol', rule.protocol === null ? null : yaml(rule.protocol));
  add('port_range_min', rule.portRangeMin);
  add('port_range_max', rule.portRangeMax);
  add('remote_ip_prefix', rule.remoteIpPrefix === null ? null : yaml(rule.remoteIpPrefix));
  add('remote_group', rule.remoteGroupId === null ? null : yaml(rule.remoteGroupId));
  if (rule.description) add('description', yaml(rule.description));
  return lines;
}

function groupHot(name: string, description: string, rules: RuleRequest[]): string {
  const resource = hotName(name, 'security_group');
  const ruleLines = rules.flatMap((rule) => {
    const [first = '', ...rest] = hotRuleLines(rule, '          ');
    return [`        - ${first.trimStart()}`, ...rest];
  });
  return [
    HOT_VERSION,
    '',
    'resources:',
    `  ${resource}:`,
    '    type: OS::Neutron::SecurityGroup',
    '    properties:',
    `      name: ${yaml(name)}`,
    ...(description ? [`      description: ${yaml(description)}`] : []),
    ...(rules.length > 0
      ? ['      rules:', ...ruleLines]
      : ['      # Rules can be listed here too: rules: [{protocol: tcp, port_range_min: 22, …}]']),
    '',
    'outputs:',
    '  security_group_id:',
    `    value: { get_resource: ${resource} }`,
  ].join('\n');
}

export function createSecurityGroupEquivalents(
  name: string,
  description: string,
  rules: RuleRequest[] = [],
): Equivalents {
  return {
    cli: `openstack security group create${description ? ` --description ${sh(description)}` : ''} ${sh(name)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      'group = conn.network.create_security_group(',
      `    name=${py(name)},`,
      ...(description ? [`    description=${py(description)},`] : []),
      ')',
      'print(group.id)',
    ].join('\n'),
    hot: groupHot(name, description, rules),
  };
}

export function editSecurityGroupEquivalents(
  id: string,
  name: string,
  description: string,
): Equivalents {
  return {
    cli: `openstack security group set --name ${sh(name)} --description ${sh(description)} ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.network.update_security_group(${py(id)}, name=${py(name)}, description=${py(description)})`,
    ].join('\n'),
    hot: [
      "# Name and description can be changed in place: edit them in the stack's",
      '# template, then openstack stack update --template <template.yaml> <stack>',
      groupHot(name, description, []),
    ].join('\n'),
  };
}

export function deleteSecurityGroupEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack security group delete ${ids.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map((id) => `conn.network.delete_security_group(${py(id)})`),
    ].join('\n'),
    hot: [
      '# A security group made by a stack goes away with it:',
      '# remove its OS::Neutron::SecurityGroup resource from the template, then',
      '# openstack stack update --template <template.yaml> <stack>',
    ].join('\n'),
  };
}

function cliRuleOptions(rule: RuleRequest): string[] {
  const options = [`--${rule.direction}`, `--ethertype ${rule.ethertype}`];
  options.push(`--protocol ${rule.protocol === null ? 'any' : sh(rule.protocol)}`);
  const icmp = rule.protocol === 'icmp';
  if (icmp && rule.portRangeMin !== null) options.push(`--icmp-type ${rule.portRangeMin}`);
  if (icmp && rule.portRangeMax !== null) options.push(`--icmp-code ${rule.portRangeMax}`);
  if (!icmp && rule.portRangeMin !== null)
    options.push(`--dst-port ${rule.portRangeMin}:${rule.portRangeMax ?? rule.portRangeMin}`);
  if (rule.remoteIpPrefix !== null) options.push(`--remote-ip ${sh(rule.remoteIpPrefix)}`);
  if (rule.remoteGroupId !== null) options.push(`--remote-group ${sh(rule.remoteGroupId)}`);
  if (rule.description) options.push(`--description ${sh(rule.description)}`);
  return options;
}

export function addRuleEquivalents(groupId: string, rule: RuleRequest): Equivalents {
  const sdkArgs: [string, string | number | null][] = [
    ['security_group_id', groupId],
    ['direction', rule.direction],
    ['ethertype', rule.ethertype],
    ['protocol', rule.protocol],
    ['port_range_min', rule.portRangeMin],
    ['port_range_max', rule.portRangeMax],
    ['remote_ip_prefix', rule.remoteIpPrefix],
    ['remote_group_id', rule.remoteGroupId],
    ['description', rule.description || null],
  ];
  return {
    cli: `openstack security group rule create ${cliRuleOptions(rule).join(' ')} ${sh(groupId)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      'rule = conn.network.create_security_group_rule(',
      ...sdkArgs
        .filter(([, v]) => v !== null)
        .map(([k, v]) => `    ${k}=${typeof v === 'number' ? v : py(String(v))},`),
      ')',
      'print(rule.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      '  rule:',
      '    type: OS::Neutron::SecurityGroupRule',
      '    properties:',
      ...hotRuleLines(rule, '      ', `security_group: ${yaml(groupId)}`),
      '',
      'outputs:',
      '  rule_id:',
      '    value: { get_resource: rule }',
    ].join('\n'),
  };
}

export function deleteRuleEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack security group rule delete ${ids.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map((id) => `conn.network.delete_security_group_rule(${py(id)})`),
    ].join('\n'),
    hot: [
      '# A rule made by a stack goes away with it: remove its',
      "# OS::Neutron::SecurityGroupRule resource (or its entry in the group's rules),",
      '# then openstack stack update --template <template.yaml> <stack>',
    ].join('\n'),
  };
}
