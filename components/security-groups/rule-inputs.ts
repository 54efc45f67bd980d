// The Add Rule form (api-ref: network v2, "Security group rules"): which fields a
// template shows, what each must hold, and the rule Neutron is asked for.
import { z } from 'zod';
import type { FormValues } from '@/lib/forms/types';
import { parseRemoteIpPrefix } from './remote-ip-prefix';
import { isCustom, serviceTemplate } from './rule-templates';

export interface RuleRequest {
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  /** null: any protocol. */
  protocol: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
  description: string;
}

export const RULE_DEFAULTS: FormValues = {
  rule: 'tcp',
  description: '',
  direction: 'ingress',
  port_or_range: 'port',
  port: '',
  from_port: '',
  to_port: '',
  ip_protocol: '',
  icmp_type: '',
  icmp_code: '',
  remote: 'cidr',
  cidr: '0.0.0.0/0',
  cidr_ethertype: '',
  security_group: '',
  ethertype: 'IPv4',
};

const text = (values: FormValues, key: string) => {
  const value = values[key];
  return typeof value === 'string' ? value.trim() : '';
};

/** Which optional fields the chosen template shows. */
export const ruleFieldVisible = {
  direction: (v: FormValues) => isCustom(v.rule),
  port_or_range: (v: FormValues) => v.rule === 'tcp' || v.rule === 'udp',
  port: (v: FormValues) => ruleFieldVisible.port_or_range(v) && v.port_or_range === 'port',
  range: (v: FormValues) => ruleFieldVisible.port_or_range(v) && v.port_or_range === 'range',
  ip_protocol: (v: FormValues) => v.rule === 'custom',
  icmp: (v: FormValues) => v.rule === 'icmp',
  cidr: (v: FormValues) => v.remote !== 'sg',
  sg: (v: FormValues) => v.remote === 'sg',
};

type Whole = { value: number | null } | { problem: string };

/** A whole number in [min, max]; '' (and -1 where `anyAllowed`) mean "any". */
function whole(raw: string, label: string, min: number, max: number, anyAllowed = false): Whole {
  if (raw === '' && anyAllowed) return { value: null };
  if (raw === '') return { problem: `${label} is required.` };
  const range = anyAllowed
    ? `${label} must be a whole number from -1 (any) to ${max}.`
    : `${label} must be a whole number from ${min} to ${max.toLocaleString('en-US')}.`;
  if (!/^-?\d+$/.test(raw) || raw.length > 6) return { problem: range };
  const n = Number(raw);
  if (anyAllowed && n === -1) return { value: null };
  if (n < min || n > max) return { problem: range };
  return { value: n };
}

function ports(values: FormValues, errors: Record<string, string>): [number | null, number | null] {
  const mode = values.port_or_range;
  if (mode === 'all') return [1, 65535];
  if (mode === 'range') {
    const from = whole(text(values, 'from_port'), 'From Port', 1, 65535);
    const to = whole(text(values, 'to_port'), 'To Port', 1, 65535);
    if ('problem' in from) errors.from_port = from.problem;
    if ('problem' in to) errors.to_port = to.problem;
    if ('value' in from && 'value' in to) {
      if (from.value! > to.value!)
        errors.to_port = `To Port (${to.value}) must be greater than or equal to From Port (${from.value}).`;
      return [from.value, to.value];
    }
    return [null, null];
  }
  const port = whole(text(values, 'port'), 'Port', 1, 65535);
  if ('problem' in port) {
    errors.port = port.problem;
    return [null, null];
  }
  return [port.value, port.value];
}

/** The rule the form describes, or the message for each field that is wrong. */
export function interpretRule(values: FormValues): {
  request?: RuleRequest;
  errors: Record<string, string>;
} {
  const errors: Record<string, string> = {};
  const template = String(values.rule ?? '');
  const service = serviceTemplate(template);
  if (!service && !isCustom(template)) errors.rule = 'Choose a rule.';

  let protocol: string | null = service?.protocol ?? null;
  let [min, max]: [number | null, number | null] = service?.ports ?? [null, null];
  if (template === 'tcp' || template === 'udp') {
    protocol = template;
    [min, max] = ports(values, errors);
  } else if (template === 'icmp') {
    protocol = 'icmp';
    const type = whole(text(values, 'icmp_type'), 'ICMP Type', 0, 255, true);
    const code = whole(text(values, 'icmp_code'), 'ICMP Code', 0, 255, true);
    if ('problem' in type) errors.icmp_type = type.problem;
    if ('problem' in code) errors.icmp_code = code.problem;
    if ('value' in type && 'value' in code) {
      if (type.value === null && code.value !== null)
        errors.icmp_code = 'An ICMP Code needs an ICMP Type.';
      [min, max] = [type.value, code.value];
    }
  } else if (template === 'custom') {
    const number = whole(text(values, 'ip_protocol'), 'IP Protocol', 0, 255, true);
    if ('problem' in number) errors.ip_protocol = number.problem;
    else protocol = number.value === null ? null : String(number.value);
  }

  const direction = isCustom(template) && values.direction === 'egress' ? 'egress' : 'ingress';
  const description = text(values, 'description');
  if (description.length > 255) errors.description = 'Description must be 255 characters or fewer.';

  let ethertype: 'IPv4' | 'IPv6' = values.ethertype === 'IPv6' ? 'IPv6' : 'IPv4';
  let remoteIpPrefix: string | null = null;
  let remoteGroupId: string | null = null;
  if (values.remote === 'sg') {
    remoteGroupId = text(values, 'security_group');
    if (!remoteGroupId) errors.security_group = 'Choose a security group.';
  } else {
    const cidr = parseRemoteIpPrefix(text(values, 'cidr'));
    if ('problem' in cidr) {
      errors.cidr = cidr.problem;
    } else {
      const family = cidr.version === 4 ? 'IPv4' : 'IPv6';
      const chosen = values.cidr_ethertype;
      if ((chosen === 'IPv4' || chosen === 'IPv6') && chosen !== family)
        errors.cidr = `${cidr.text} is an ${family} prefix, but the Ether Type is ${chosen}.`;
      ethertype = family;
      remoteIpPrefix = cidr.text;
    }
  }

  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    request: {
      direction,
      ethertype,
      protocol,
      portRangeMin: min,
      portRangeMax: max,
      remoteIpPrefix,
      remoteGroupId,
      description,
    },
  };
}

export const addRuleInput = z
  .record(z.string(), z.union([z.string(), z.boolean(), z.array(z.string())]))
  .superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(interpretRule(values).errors))
      ctx.addIssue({ code: 'custom', path: [field], message });
  })
  .transform((values) => interpretRule(values).request!);
export type AddRuleInput = z.infer<typeof addRuleInput>;
