// The Add Rule form spec (api-ref: network v2, "Security group rules"): fields
// shown per template, the Security Group choices, the live equivalents.
import type { Equivalents } from '@/lib/equivalents/types';
import type { FormSpec, FormValues } from '@/lib/forms/types';
import type { SecurityGroupRule } from '@/lib/openstack/network/security-group-schemas';
import { ruleSummary } from './rule-display';
import {
  addRuleInput,
  interpretRule,
  RULE_DEFAULTS,
  ruleFieldVisible as show,
} from './rule-inputs';
import { RULE_TEMPLATE_OPTIONS } from './rule-templates';
import { addRuleEquivalents } from './security-groups-equivalents';

const INCOMPLETE: Equivalents = {
  cli: '# Complete the form (the fields marked in red) to see the command.',
  sdk: '# Complete the form to see the call.',
  hot: '# Complete the form to see the template.',
};

export function addRuleForm(
  groupId: string,
  groups: { id: string; name: string }[],
  loadingGroups: boolean,
): {
  spec: FormSpec<typeof addRuleInput>;
  equivalents: (values: FormValues) => Equivalents;
  summary: (rule: SecurityGroupRule) => string;
} {
  const names = new Map(groups.map((g) => [g.id, g.name]));
  return {
    spec: {
      title: 'Add Rule',
      submitLabel: 'Add',
      description:
        'Rules define which traffic is allowed to instances in this security group. Choose a template for a well-known service, or a custom rule: its protocol, the port or port range that opens, and the remote side it is open to — a CIDR (0.0.0.0/0 is everyone) or the members of a security group. Everything not allowed by a rule is dropped.',
      schema: addRuleInput,
      defaults: { ...RULE_DEFAULTS, security_group: groupId },
      fields: [
        {
          name: 'rule',
          label: 'Rule',
          kind: 'select',
          required: true,
          options: RULE_TEMPLATE_OPTIONS,
        },
        { name: 'description', label: 'Description', kind: 'text' },
        {
          name: 'direction',
          label: 'Direction',
          kind: 'select',
          options: [
            { value: 'ingress', label: 'Ingress' },
            { value: 'egress', label: 'Egress' },
          ],
          visible: show.direction,
        },
        {
          name: 'port_or_range',
          label: 'Open Port',
          kind: 'select',
          options: [
            { value: 'port', label: 'Port' },
            { value: 'range', label: 'Port Range' },
            { value: 'all', label: 'All ports' },
          ],
          visible: show.port_or_range,
        },
        {
          name: 'port',
          label: 'Port',
          kind: 'number',
          required: true,
          help: 'A port number from 1 to 65535.',
          visible: show.port,
        },
        {
          name: 'from_port',
          label: 'From Port',
          kind: 'number',
          required: true,
          visible: show.range,
        },
        {
          name: 'to_port',
          label: 'To Port',
          kind: 'number',
          required: true,
          visible: show.range,
        },
        {
          name: 'ip_protocol',
          label: 'IP Protocol',
          kind: 'number',
          help: 'A protocol number from 0 to 255 (47 is GRE, 50 ESP); empty or -1 for any.',
          visible: show.ip_protocol,
        },
        {
          name: 'icmp_type',
          label: 'ICMP Type',
          kind: 'number',
          help: 'From 0 to 255 (8 is echo request, i.e. ping); empty or -1 for any.',
          visible: show.icmp,
        },
        {
          name: 'icmp_code',
          label: 'ICMP Code',
          kind: 'number',
          help: 'From 0 to 255; empty or -1 for any.',
          visible: show.icmp,
        },
        {
          name: 'remote',
          label: 'Remote',
          kind: 'select',
          options: [
            { value: 'cidr', label: 'CIDR' },
            { value: 'sg', label: 'Security Group' },
          ],
        },
        {
          name: 'cidr',
          label: 'CIDR',
          kind: 'text',
          required: true,
          monospace: true,
          help: 'The addresses the rule is open to: 0.0.0.0/0 for any IPv4 address, ::/0 for any IPv6.',
          visible: show.cidr,
        },
        {
          name: 'cidr_ethertype',
          label: 'Ether Type',
          kind: 'select',
          options: [
            { value: '', label: 'From the CIDR' },
            { value: 'IPv4', label: 'IPv4' },
            { value: 'IPv6', label: 'IPv6' },
          ],
          visible: show.cidr,
        },
        {
          name: 'security_group',
          label: 'Security Group',
          kind: 'select',
          required: true,
          options: [
            {
              value: '',
              label: loadingGroups ? 'Loading security groups…' : 'Select a security group',
            },
            ...groups.map((g) => ({
              value: g.id,
              label: g.id === groupId ? `${g.name} (this group)` : g.name,
            })),
          ],
          visible: show.sg,
        },
        {
          name: 'ethertype',
          label: 'Ether Type',
          kind: 'select',
          options: [
            { value: 'IPv4', label: 'IPv4' },
            { value: 'IPv6', label: 'IPv6' },
          ],
          visible: show.sg,
        },
      ],
    },
    equivalents: (values) => {
      const { request } = interpretRule(values);
      return request ? addRuleEquivalents(groupId, request) : INCOMPLETE;
    },
    summary: (rule) =>
      ruleSummary(rule, rule.remote_group_id ? names.get(rule.remote_group_id) : undefined),
  };
}
