import { badRequest, policyDenied } from './faults';
import { atLeast } from './microversion';
import { checkQuery, multi } from './query-schemas';
import {
  DEFAULT_QUOTAS,
  FILE_QUOTAS,
  NETWORK_QUOTAS,
  projectLimits,
  projectUsage,
} from './quota-math';
import { requestJson } from './request-body';
import { boolean, pyBool } from './server-schemas';
import { isAdmin, settleServers } from './server-store';
import { validateBody } from './validation';
import type { ComputeCall } from './call';
import type { SandboxResponse } from '../http/types';
import type { JsonSchema } from '../validation/json-schema';

// api-ref "Quota sets (os-quota-sets)" and "Limits (limits)".

/** The resources a microversion still shows (network ones go at 2.36, file ones at 2.57). */
function shownResources(call: ComputeCall): string[] {
  const hidden = [
    ...(atLeast(call.version, '2.36') ? NETWORK_QUOTAS : []),
    ...(atLeast(call.version, '2.57') ? FILE_QUOTAS : []),
  ];
  return Object.keys(DEFAULT_QUOTAS).filter((r) => !hidden.includes(r));
}

function targetProject(call: ComputeCall, rule: string): string {
  if (rule !== 'defaults' && rule !== 'update' && rule !== 'delete') {
    checkQuery(call, { user_id: multi({ type: 'string' }) });
  }
  const id = call.req.params.project_id_target ?? '';
  if (!isAdmin(call) && id !== call.caller.projectId) {
    throw policyDenied(`os_compute_api:os-quota-sets:${rule}`);
  }
  if (!call.state.identity.projects.some((p) => p.id === id)) {
    throw badRequest(`Project ID ${id} is not a valid project.`);
  }
  return id;
}

function quotaSet(call: ComputeCall, limits: Record<string, number>, id: string | null) {
  const set: Record<string, unknown> = id === null ? {} : { id };
  for (const r of shownResources(call)) set[r] = limits[r];
  return { quota_set: set };
}

export function showQuotaSet(call: ComputeCall): SandboxResponse {
  const id = targetProject(call, 'show');
  return { status: 200, body: quotaSet(call, projectLimits(call.region, id), id) };
}

export function showQuotaDefaults(call: ComputeCall): SandboxResponse {
  const id = targetProject(call, 'defaults');
  return { status: 200, body: quotaSet(call, DEFAULT_QUOTAS, id) };
}

export function showQuotaDetail(call: ComputeCall): SandboxResponse {
  const id = targetProject(call, 'detail');
  settleServers(call);
  const limits = projectLimits(call.region, id);
  const usage = projectUsage(call.region, id, call.caller.userId);
  const set: Record<string, unknown> = { id };
  for (const r of shownResources(call)) {
    set[r] = { limit: limits[r], in_use: usage[r] ?? 0, reserved: 0 };
  }
  return { status: 200, body: { quota_set: set } };
}

const quotaValue: JsonSchema = {
  type: ['integer', 'string'],
  pattern: '^-?[0-9]+$',
  minimum: -1,
  maximum: 0x7fffffff,
};

export function updateQuotaSet(call: ComputeCall): SandboxResponse {
  if (!isAdmin(call)) throw policyDenied('os_compute_api:os-quota-sets:update');
  const id = targetProject(call, 'update');
  const resources = shownResources(call);
  const properties: Record<string, JsonSchema> = { force: boolean };
  for (const r of resources) properties[r] = quotaValue;
  const body = requestJson(call.req);
  validateBody(
    {
      type: 'object',
      properties: {
        quota_set: { type: 'object', properties, additionalProperties: false },
      },
      required: ['quota_set'],
      additionalProperties: false,
    },
    body,
  );
  const given = (body as { quota_set: Record<string, unknown> }).quota_set;
  const force = given.force !== undefined && pyBool(given.force);
  settleServers(call);
  const usage = projectUsage(call.region, id, call.caller.userId);
  for (const [resource, raw] of Object.entries(given)) {
    if (resource === 'force') continue;
    const limit = Number(raw);
    const used = usage[resource] ?? 0;
    if (!force && limit !== -1 && limit < used) {
      throw badRequest(
        `Quota limit ${limit} for ${resource} must be greater than or equal to already used and reserved ${used}.`,
      );
    }
    call.region.quotaLimits = call.region.quotaLimits.filter(
      (q) => !(q.projectId === id && q.resource === resource),
    );
    call.region.quotaLimits.push({ projectId: id, resource, limit });
  }
  call.changed();
  return { status: 200, body: quotaSet(call, projectLimits(call.region, id), null) };
}

export function revertQuotaSet(call: ComputeCall): SandboxResponse {
  if (!isAdmin(call)) throw policyDenied('os_compute_api:os-quota-sets:delete');
  const id = targetProject(call, 'delete');
  call.region.quotaLimits = call.region.quotaLimits.filter((q) => q.projectId !== id);
  call.changed();
  return { status: 202 };
}

/** GET /limits: absolute limits and usage; admins may ask for another project (tenant_id). */
export function showLimits(call: ComputeCall): SandboxResponse {
  checkQuery(call, { tenant_id: multi({ type: 'string' }) });
  const v = call.version;
  const asked = call.req.query.get('tenant_id');
  const projectId = (asked && isAdmin(call) ? asked : call.caller.projectId) ?? '';
  settleServers(call);
  const q = projectLimits(call.region, projectId);
  const used = projectUsage(call.region, projectId, call.caller.userId);
  const absolute: Record<string, number> = {
    maxTotalInstances: q.instances ?? -1,
    maxTotalCores: q.cores ?? -1,
    maxTotalRAMSize: q.ram ?? -1,
    maxServerMeta: q.metadata_items ?? -1,
  };
  if (!atLeast(v, '2.39')) absolute.maxImageMeta = q.metadata_items ?? -1;
  if (!atLeast(v, '2.57')) {
    absolute.maxPersonality = q.injected_files ?? -1;
    absolute.maxPersonalitySize = q.injected_file_content_bytes ?? -1;
  }
  absolute.maxTotalKeypairs = q.key_pairs ?? -1;
  absolute.maxServerGroups = q.server_groups ?? -1;
  absolute.maxServerGroupMembers = q.server_group_members ?? -1;
  if (!atLeast(v, '2.36')) {
    absolute.maxTotalFloatingIps = q.floating_ips ?? -1;
    absolute.maxSecurityGroups = q.security_groups ?? -1;
    absolute.maxSecurityGroupRules = q.security_group_rules ?? -1;
  }
  absolute.totalRAMUsed = used.ram ?? 0;
  absolute.totalCoresUsed = used.cores ?? 0;
  absolute.totalInstancesUsed = used.instances ?? 0;
  if (!atLeast(v, '2.36')) {
    absolute.totalFloatingIpsUsed = 0;
    absolute.totalSecurityGroupsUsed = 0;
  }
  absolute.totalServerGroupsUsed = used.server_groups ?? 0;
  return { status: 200, body: { limits: { rate: [], absolute } } };
}
