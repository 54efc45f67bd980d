import { httpBadRequest, NeutronError, notFound, overQuota } from './errors';
import { ruleVisible, securityGroupVisible } from './policy';
import { targetProject } from './ports';
import { wouldExceed } from './quota-usage';
import { nextStandardAttrId, standardAttrs } from './records';
import { resourceBody, type AttrSpec } from './request-body';
import {
  checkPortRange,
  checkRemote,
  checkRemoteIpPrefix,
  convertEthertype,
  convertPort,
  convertProtocol,
  protocolForEthertype,
  withPrefixLength,
  sameRule,
  type RuleInput,
} from './rule-validation';
import { ruleView } from './views';
import type { NetworkCall } from './call';
import type { SecurityGroupRuleRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// Creating and deleting security group rules (api-ref network v2 "Security group
// rules (security-group-rules)"): conversion, validation, duplicates, quota.

const any = (post = true): AttrSpec => ({ kind: 'any', post, put: false });

const RULE_ATTRS: Record<string, AttrSpec> = {
  id: any(false),
  security_group_id: { kind: 'uuid', post: true, put: false, required: true },
  direction: { kind: 'any', post: true, put: false, required: true },
  protocol: any(),
  port_range_min: any(),
  port_range_max: any(),
  ethertype: any(),
  remote_ip_prefix: any(),
  remote_group_id: any(),
  remote_address_group_id: any(),
  description: { kind: 'string', post: true, put: false },
  tenant_id: { kind: 'string', post: true, put: false },
  project_id: { kind: 'string', post: true, put: false },
};

const optionalString = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value);

/** The body's rule after neutron-lib's converters and the attribute validators. */
export function ruleFromBody(body: Record<string, unknown>): RuleInput {
  const rule: RuleInput = {
    direction: 'ingress',
    protocol: convertProtocol(body.protocol),
    portRangeMin: convertPort(body.port_range_min),
    portRangeMax: convertPort(body.port_range_max),
    ethertype: convertEthertype(body.ethertype),
    remoteIpPrefix: optionalString(body.remote_ip_prefix),
    remoteGroupId: optionalString(body.remote_group_id),
  };
  checkRemoteIpPrefix(rule.remoteIpPrefix);
  rule.remoteIpPrefix = withPrefixLength(rule.remoteIpPrefix);
  rule.protocol = protocolForEthertype(rule.protocol, rule.ethertype);
  if (body.direction !== 'ingress' && body.direction !== 'egress') {
    throw httpBadRequest(
      `Invalid input for direction. Reason: ${String(body.direction)} is not in valid_values.`,
    );
  }
  rule.direction = body.direction;
  return rule;
}

export function createSecurityGroupRuleHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'security_group_rule', RULE_ATTRS, true);
  const projectId = targetProject(call, body);
  const rule = ruleFromBody(body);
  const groupId = String(body.security_group_id);
  const group = call.region.securityGroups.find((g) => g.id === groupId);
  if (!group || !securityGroupVisible(call.viewer, group))
    throw notFound('security_group', groupId);
  if (
    rule.remoteGroupId !== null &&
    !call.region.securityGroups.some(
      (g) => g.id === rule.remoteGroupId && securityGroupVisible(call.viewer, g),
    )
  ) {
    throw notFound('security_group', rule.remoteGroupId);
  }
  checkRemote(rule);
  checkPortRange(rule);
  const existing = call.region.securityGroupRules.find(
    (r) => r.securityGroupId === group.id && sameRule(r, rule),
  );
  if (existing) {
    throw new NeutronError(
      409,
      'SecurityGroupRuleExists',
      `Security group rule already exists. Rule id is ${existing.id}.`,
    );
  }
  if (wouldExceed(call.region, projectId, 'security_group_rule')) {
    throw overQuota(['security_group_rule']);
  }
  const record: SecurityGroupRuleRecord = {
    ...standardAttrs(projectId, call.now),
    securityGroupId: group.id,
    ...rule,
    ruleDescription: typeof body.description === 'string' ? body.description : '',
    standardAttrId: nextStandardAttrId(call.region),
  };
  call.region.securityGroupRules.push(record);
  group.revision += 1;
  call.changed();
  return { status: 201, body: { security_group_rule: ruleView(record) } };
}

export function deleteSecurityGroupRuleHandler(call: NetworkCall): SandboxResponse {
  const id = call.req.params.id ?? '';
  const rule = call.region.securityGroupRules.find((r) => r.id === id);
  if (!rule || !ruleVisible(call.viewer, rule, call.region)) {
    throw notFound('security_group_rule', id);
  }
  call.region.securityGroupRules = call.region.securityGroupRules.filter((r) => r.id !== id);
  call.changed();
  return { status: 204 };
}
