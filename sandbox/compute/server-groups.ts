import { randomUUID } from 'node:crypto';
import { badRequest, forbidden, notFound } from './faults';
import { MAX_LIMIT } from './limits';
import { atLeast } from './microversion';
import { multi } from './query-schemas';
import { projectLimits } from './quota-math';
import { requestJson } from './request-body';
import { name, nonNegativeInteger, positiveInteger } from './server-schemas';
import { isAdmin, settleServers } from './server-store';
import { validateBody, validateQuery } from './validation';
import type { ComputeCall } from './call';
import type { ServerGroupRecord } from './nova-state';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

// api-ref "Server groups (os-server-groups)": policies before 2.64, policy + rules
// from 2.64; members are the group's servers that still exist.

export const POLICIES = ['anti-affinity', 'affinity', 'soft-anti-affinity', 'soft-affinity'];

function groupView(call: ComputeCall, g: ServerGroupRecord): Record<string, unknown> {
  const view: Record<string, unknown> = { id: g.id, name: g.name };
  if (atLeast(call.version, '2.64')) {
    view.policy = g.policy;
    view.rules = { ...g.rules };
  } else {
    view.policies = [g.policy];
    view.metadata = {};
  }
  const live = new Set(call.region.servers.filter((s) => s.deletedAt === null).map((s) => s.id));
  view.members = g.members.filter((m) => live.has(m));
  if (atLeast(call.version, '2.13')) {
    view.project_id = g.projectId;
    view.user_id = g.userId;
  }
  return view;
}

export function listServerGroups(call: ComputeCall): SandboxResponse {
  validateQuery(
    {
      type: 'object',
      properties: {
        all_projects: multi({ type: 'string' }),
        limit: multi(nonNegativeInteger),
        offset: multi(nonNegativeInteger),
      },
      additionalProperties: !atLeast(call.version, '2.75'),
    },
    call.req.query,
  );
  settleServers(call);
  const q = call.req.query;
  const all = q.has('all_projects') && isAdmin(call);
  const groups = call.region.serverGroups.filter(
    (g) => all || g.projectId === call.caller.projectId,
  );
  const offset = Number(q.getAll('offset').at(-1) ?? 0);
  const limit = Math.min(MAX_LIMIT, Number(q.getAll('limit').at(-1) ?? 0) || MAX_LIMIT);
  const page = groups.slice(offset, offset + limit);
  return { status: 200, body: { server_groups: page.map((g) => groupView(call, g)) } };
}

function createSchema(call: ComputeCall): JsonSchema {
  const v = call.version;
  const enumFor = atLeast(v, '2.15') ? POLICIES : POLICIES.slice(0, 2);
  const properties: Record<string, JsonSchema> = { name };
  const required = ['name'];
  if (atLeast(v, '2.64')) {
    properties.policy = { type: 'string', enum: POLICIES };
    properties.rules = {
      type: 'object',
      properties: { max_server_per_host: positiveInteger },
      additionalProperties: false,
    };
    required.push('policy');
  } else {
    properties.policies = { type: 'array', items: { type: 'string', enum: enumFor }, maxItems: 1 };
    required.push('policies');
  }
  return {
    type: 'object',
    properties: {
      server_group: { type: 'object', properties, required, additionalProperties: false },
    },
    required: ['server_group'],
    additionalProperties: false,
  };
}

export function createServerGroup(call: ComputeCall): SandboxResponse {
  const projectId = call.caller.projectId ?? '';
  const limit = projectLimits(call.region, projectId).server_groups ?? 10;
  const used = call.region.serverGroups.filter((g) => g.projectId === projectId).length;
  if (limit >= 0 && used + 1 > limit) throw forbidden('Quota exceeded, too many server groups.');
  const body = requestJson(call.req);
  validateBody(createSchema(call), body);
  const vals = (body as { server_group: Record<string, unknown> }).server_group;
  let policy: string;
  let rules: Record<string, number> = {};
  if (atLeast(call.version, '2.64')) {
    policy = String(vals.policy);
    const given = (vals.rules ?? {}) as Record<string, unknown>;
    if (policy !== 'anti-affinity' && Object.keys(given).length > 0) {
      throw badRequest('Only anti-affinity policy supports rules.');
    }
    rules = Object.fromEntries(Object.entries(given).map(([k, val]) => [k, Number(val)]));
  } else {
    const policies = (vals.policies ?? []) as string[];
    if (policies.length === 0) {
      throw badRequest('Invalid input for field/attribute policies. Value: []. [] is too short');
    }
    policy = policies[0] ?? 'affinity';
  }
  const group: ServerGroupRecord = {
    id: randomUUID(),
    name: String(vals.name),
    projectId,
    userId: call.caller.userId,
    policy,
    rules,
    members: [],
    createdAt: call.now,
  };
  call.region.serverGroups.push(group);
  call.changed();
  return { status: 200, body: { server_group: groupView(call, group) } };
}

function groupFor(call: ComputeCall): ServerGroupRecord {
  const id = call.req.params.group_id ?? '';
  const group = call.region.serverGroups.find(
    (g) => g.id === id && (g.projectId === call.caller.projectId || isAdmin(call)),
  );
  if (!group) throw notFound(`Instance group ${id} could not be found.`);
  return group;
}

export function showServerGroup(call: ComputeCall): SandboxResponse {
  settleServers(call);
  return { status: 200, body: { server_group: groupView(call, groupFor(call)) } };
}

export function deleteServerGroup(call: ComputeCall): SandboxResponse {
  const group = groupFor(call);
  call.region.serverGroups = call.region.serverGroups.filter((g) => g !== group);
  for (const s of call.region.servers) if (s.groupId === group.id) s.groupId = null;
  call.changed();
  return { status: 204 };
}
