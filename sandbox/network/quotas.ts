import { adminRequired, policyNotAuthorized } from './errors';
import { parseQuotaUpdate } from './quota-update';
import { DEFAULT_QUOTAS, QUOTA_RESOURCES, quotaLimits, quotaUsage } from './quota-usage';
import type { NetworkCall } from './call';
import type { SandboxResponse } from '../http/types';

// Quotas (api-ref network v2 "Quotas extension (quotas)" and "Quotas details
// extension (quota-details)"). Projects have the defaults until an admin sets limits.

function mayRead(call: NetworkCall, projectId: string): boolean {
  return call.viewer.isAdmin || projectId === call.viewer.projectId;
}

export function listQuotas(call: NetworkCall): SandboxResponse {
  if (!call.viewer.isAdmin) throw policyNotAuthorized('get_quota');
  // Only projects with non-default quotas are listed.
  const quotas = Object.keys(call.region.quotas).map((projectId) => ({
    ...quotaLimits(call.region, projectId),
    project_id: projectId,
    tenant_id: projectId,
  }));
  return { status: 200, body: { quotas } };
}

export function showQuota(call: NetworkCall): SandboxResponse {
  const projectId = call.req.params.project_id ?? '';
  if (!mayRead(call, projectId)) throw policyNotAuthorized('get_quota');
  return { status: 200, body: { quota: quotaLimits(call.region, projectId) } };
}

export function showDefaultQuota(call: NetworkCall): SandboxResponse {
  const projectId = call.req.params.project_id ?? '';
  if (!mayRead(call, projectId)) throw policyNotAuthorized('get_quota');
  return { status: 200, body: { quota: { ...DEFAULT_QUOTAS } } };
}

export function showQuotaDetails(call: NetworkCall): SandboxResponse {
  const projectId = call.req.params.project_id ?? '';
  if (!mayRead(call, projectId)) {
    throw adminRequired('Only admin is authorized to access quotas for another project');
  }
  const used = quotaUsage(call.region, projectId);
  const limits = quotaLimits(call.region, projectId);
  const quota = Object.fromEntries(
    QUOTA_RESOURCES.map((r) => [r, { limit: limits[r], used: used[r], reserved: 0 }]),
  );
  return { status: 200, body: { quota } };
}

/** Admin only; limits below what is in use are taken (no quota-check-limit asked). */
export function updateQuotaHandler(call: NetworkCall): SandboxResponse {
  if (!call.viewer.isAdmin) throw policyNotAuthorized('update_quota');
  const projectId = call.req.params.project_id ?? '';
  const limits = parseQuotaUpdate(call.req);
  call.region.quotas[projectId] = { ...call.region.quotas[projectId], ...limits };
  call.changed();
  return { status: 200, body: { quota: quotaLimits(call.region, projectId) } };
}

export function resetQuotaHandler(call: NetworkCall): SandboxResponse {
  if (!call.viewer.isAdmin) throw policyNotAuthorized('delete_quota');
  delete call.region.quotas[call.req.params.project_id ?? ''];
  call.changed();
  return { status: 204 };
}
