import { adminRequired, policyNotAuthorized } from './errors';
import { DEFAULT_QUOTAS, QUOTA_RESOURCES, quotaUsage } from './quota-usage';
import type { NetworkCall } from './call';
import type { SandboxResponse } from '../http/types';

// Quotas (api-ref network v2 "Quotas extension (quotas)" and "Quotas details
// extension (quota-details)"). Every project has the defaults.

function mayRead(call: NetworkCall, projectId: string): boolean {
  return call.viewer.isAdmin || projectId === call.viewer.projectId;
}

export function listQuotas(call: NetworkCall): SandboxResponse {
  if (!call.viewer.isAdmin) throw policyNotAuthorized('get_quota');
  // Only projects with non-default quotas are listed.
  return { status: 200, body: { quotas: [] } };
}

export function showQuota(call: NetworkCall): SandboxResponse {
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
  const quota = Object.fromEntries(
    QUOTA_RESOURCES.map((r) => [r, { limit: DEFAULT_QUOTAS[r], used: used[r], reserved: 0 }]),
  );
  return { status: 200, body: { quota } };
}
