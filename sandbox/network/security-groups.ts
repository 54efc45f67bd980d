import { SECURITY_GROUP_RULES, SECURITY_GROUPS } from './collections';
import { NeutronError, notFound, overQuota } from './errors';
import { listBody, project, requestedFields } from './list-query';
import { ruleVisible, securityGroupVisible } from './policy';
import { targetProject } from './ports';
import { wouldExceed } from './quota-usage';
import { touch } from './records';
import { resourceBody, toBool, type AttrSpec } from './request-body';
import {
  createSecurityGroup,
  defaultSecurityGroup,
  deleteSecurityGroup,
  ensureDefaultSecurityGroup,
} from './security-group-store';
import { ruleView, securityGroupView } from './views';
import type { NetworkCall } from './call';
import type { SandboxResponse } from '../http/types';

// Security groups and rules (api-ref network v2 "Security groups (security-groups)",
// "Security group rules (security-group-rules)").

const SG_ATTRS: Record<string, AttrSpec> = {
  id: { kind: 'any', post: false, put: false },
  name: { kind: 'string', post: true, put: true },
  description: { kind: 'string', post: true, put: true },
  tenant_id: { kind: 'string', post: true, put: false },
  project_id: { kind: 'string', post: true, put: false },
  stateful: { kind: 'bool', post: true, put: true },
};

/** get_security_groups makes the listed (or the caller's) project's default group first. */
function ensureDefaultForList(call: NetworkCall): void {
  const { projectId, isAdmin } = call.viewer;
  if (projectId === null) return;
  const filtered = call.req.query.get('project_id') ?? call.req.query.get('tenant_id');
  const target = filtered || projectId;
  if (target !== projectId && !isAdmin) return;
  if (!defaultSecurityGroup(call.region, target)) {
    ensureDefaultSecurityGroup(call.region, target, call.now);
    call.changed();
  }
}

export function listSecurityGroups(call: NetworkCall): SandboxResponse {
  ensureDefaultForList(call);
  const views = call.region.securityGroups
    .filter((g) => securityGroupVisible(call.viewer, g))
    .map((g) => securityGroupView(g, call.region));
  return { status: 200, body: listBody(call.req, SECURITY_GROUPS, views) };
}

function findGroup(call: NetworkCall) {
  const id = call.req.params.id ?? '';
  const group = call.region.securityGroups.find((g) => g.id === id);
  if (!group || !securityGroupVisible(call.viewer, group)) throw notFound('security_group', id);
  return group;
}

export function showSecurityGroup(call: NetworkCall): SandboxResponse {
  const view = securityGroupView(findGroup(call), call.region);
  return { status: 200, body: { security_group: project(view, requestedFields(call.req)) } };
}

export function createSecurityGroupHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'security_group', SG_ATTRS, true);
  const projectId = targetProject(call, body);
  const name = typeof body.name === 'string' ? body.name : '';
  if (name === 'default' && defaultSecurityGroup(call.region, projectId)) {
    throw new NeutronError(
      409,
      'SecurityGroupDefaultAlreadyExists',
      'Default security group already exists.',
    );
  }
  ensureDefaultSecurityGroup(call.region, projectId, call.now);
  if (wouldExceed(call.region, projectId, 'security_group')) throw overQuota(['security_group']);
  if (wouldExceed(call.region, projectId, 'security_group_rule', 2)) {
    throw overQuota(['security_group_rule']);
  }
  const group = createSecurityGroup(
    call.region,
    {
      projectId,
      name,
      description: typeof body.description === 'string' ? body.description : '',
      stateful: body.stateful === undefined ? true : toBool(body.stateful),
    },
    call.now,
  );
  call.changed();
  return { status: 201, body: { security_group: securityGroupView(group, call.region) } };
}

/** update_security_group: the default group keeps its name, no other group takes it. */
export function updateSecurityGroupHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'security_group', SG_ATTRS, false);
  const group = findGroup(call);
  if (typeof body.name === 'string' && body.name !== group.name) {
    if (group.name === 'default') {
      throw new NeutronError(
        409,
        'SecurityGroupCannotUpdateDefault',
        'Updating default security group not allowed.',
      );
    }
    if (body.name === 'default') {
      throw new NeutronError(
        409,
        'SecurityGroupDefaultAlreadyExists',
        'Default security group already exists.',
      );
    }
    group.name = body.name;
  }
  if (typeof body.description === 'string') group.description = body.description;
  if (body.stateful !== undefined) group.stateful = toBool(body.stateful);
  touch(group, call.now);
  call.changed();
  return { status: 200, body: { security_group: securityGroupView(group, call.region) } };
}

export function deleteSecurityGroupHandler(call: NetworkCall): SandboxResponse {
  deleteSecurityGroup(call.region, findGroup(call), call.viewer.isAdmin);
  call.changed();
  return { status: 204 };
}

export function listSecurityGroupRules(call: NetworkCall): SandboxResponse {
  ensureDefaultForList(call);
  const views = call.region.securityGroupRules
    .filter((r) => ruleVisible(call.viewer, r, call.region))
    .map(ruleView);
  return { status: 200, body: listBody(call.req, SECURITY_GROUP_RULES, views) };
}

export function showSecurityGroupRule(call: NetworkCall): SandboxResponse {
  const id = call.req.params.id ?? '';
  const rule = call.region.securityGroupRules.find((r) => r.id === id);
  if (!rule || !ruleVisible(call.viewer, rule, call.region)) {
    throw notFound('security_group_rule', id);
  }
  return {
    status: 200,
    body: { security_group_rule: project(ruleView(rule), requestedFields(call.req)) },
  };
}
