// api-ref: container-infra v1, "Manage quotas".
import { badRequest, conflict, invalidField, notFound, policyRefusal } from './errors';
import { magnumTime, magnumTimeOrNull } from './magnum-time';
import { DEFAULT_CLUSTER_LIMIT } from './quota-rules';
import { jsonObject } from './request';
import type { MagnumCall } from './call';
import type { QuotaRecord } from './schema';
import type { SandboxResponse } from '../http/types';

const RESOURCES = ['Cluster'];

function quotaView(q: QuotaRecord): Record<string, unknown> {
  return {
    id: q.id,
    project_id: q.projectId,
    resource: q.resource,
    hard_limit: q.hardLimit,
    created_at: magnumTime(q.createdAt),
    updated_at: magnumTimeOrNull(q.updatedAt),
  };
}

function requireAdmin(call: MagnumCall, rule: string): void {
  if (!call.viewer.isAdmin) throw policyRefusal(rule);
}

function findQuota(call: MagnumCall, projectId: string, resource: string) {
  return call.region.quotas.find((q) => q.projectId === projectId && q.resource === resource);
}

export function listQuotas(call: MagnumCall): SandboxResponse {
  requireAdmin(call, 'quota:get_all');
  return { status: 200, body: { quotas: call.region.quotas.map(quotaView) } };
}

export function showQuota(call: MagnumCall): SandboxResponse {
  const projectId = call.req.params.project_id ?? '';
  const resource = call.req.params.resource ?? '';
  if (projectId !== call.viewer.projectId) requireAdmin(call, 'quota:get');
  const q = findQuota(call, projectId, resource);
  if (q) return { status: 200, body: quotaView(q) };
  return {
    status: 200,
    body: { hard_limit: DEFAULT_CLUSTER_LIMIT, project_id: projectId, resource },
  };
}

function hardLimit(body: Record<string, unknown>): number {
  const value = body.hard_limit;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw invalidField('hard_limit', String(value), 'Mandatory field missing.');
  }
  return value;
}

export function createQuota(call: MagnumCall): SandboxResponse {
  requireAdmin(call, 'quota:create');
  const body = jsonObject(call);
  const projectId = typeof body.project_id === 'string' ? body.project_id : '';
  const resource = typeof body.resource === 'string' ? body.resource : '';
  if (!projectId) throw invalidField('project_id', 'None', 'Mandatory field missing.');
  if (!RESOURCES.includes(resource)) {
    throw badRequest(`Invalid resource: ${resource}, valid resources are: ${RESOURCES.join(', ')}`);
  }
  const limit = hardLimit(body);
  if (findQuota(call, projectId, resource)) {
    throw conflict(`Quota for project ${projectId} already exists for resource ${resource}.`);
  }
  const q: QuotaRecord = {
    id: call.region.nextId,
    projectId,
    resource,
    hardLimit: limit,
    createdAt: call.now,
    updatedAt: null,
  };
  call.region.nextId += 1;
  call.region.quotas.push(q);
  call.changed();
  return { status: 201, body: quotaView(q) };
}

export function updateQuota(call: MagnumCall): SandboxResponse {
  requireAdmin(call, 'quota:update');
  const projectId = call.req.params.project_id ?? '';
  const resource = call.req.params.resource ?? '';
  const q = findQuota(call, projectId, resource);
  if (!q)
    throw notFound(`Quota could not be found: for project ${projectId}, resource ${resource}.`);
  q.hardLimit = hardLimit(jsonObject(call));
  q.updatedAt = call.now;
  call.changed();
  return { status: 202, body: quotaView(q) };
}

export function deleteQuota(call: MagnumCall): SandboxResponse {
  requireAdmin(call, 'quota:delete');
  const projectId = call.req.params.project_id ?? '';
  const resource = call.req.params.resource ?? '';
  const q = findQuota(call, projectId, resource);
  if (!q)
    throw notFound(`Quota could not be found: for project ${projectId}, resource ${resource}.`);
  call.region.quotas = call.region.quotas.filter((x) => x !== q);
  call.changed();
  return { status: 204 };
}
