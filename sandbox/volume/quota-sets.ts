import { badRequest, invalidInput, policyRefusal } from './errors';
import { perTypeResources, projectLimits, projectUsage, QUOTA_DEFAULTS } from './quota-math';
import { bodyObject, queryTrue } from './request';
import { settleCall } from './volume-store';
import type { VolumeCall } from './call';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Quota sets extension (os-quota-sets)", "Limits
// (limits)" and "Availability zones (os-availability-zone)".

function resources(call: VolumeCall): string[] {
  return [...Object.keys(QUOTA_DEFAULTS), ...perTypeResources(call.region)];
}

function checkProject(call: VolumeCall, projectId: string): void {
  if (!call.viewer.isAdmin && projectId !== call.viewer.projectId) {
    throw policyRefusal('volume_extension:quotas:show');
  }
}

export function showQuotaSet(call: VolumeCall): SandboxResponse {
  settleCall(call);
  const projectId = call.req.params.target_project_id ?? '';
  checkProject(call, projectId);
  const limits = projectLimits(call.region, projectId);
  const usage = projectUsage(call.region, projectId);
  const withUsage = queryTrue(call.req.query.get('usage'));
  const set: Record<string, unknown> = {};
  for (const r of resources(call)) {
    const limit = limits[r] ?? -1;
    set[r] = withUsage ? { limit, in_use: usage[r] ?? 0, reserved: 0 } : limit;
  }
  set.id = projectId;
  return { status: 200, body: { quota_set: set } };
}

export function showDefaultQuotaSet(call: VolumeCall): SandboxResponse {
  const projectId = call.req.params.target_project_id ?? '';
  const set: Record<string, unknown> = {};
  for (const r of resources(call)) set[r] = QUOTA_DEFAULTS[r] ?? -1;
  set.id = projectId;
  return { status: 200, body: { quota_set: set } };
}

export function updateQuotaSet(call: VolumeCall): SandboxResponse {
  if (!call.viewer.isAdmin) throw policyRefusal('volume_extension:quotas:update');
  const projectId = call.req.params.target_project_id ?? '';
  const body = bodyObject(call, 'quota_set');
  const known = resources(call);
  const bad = Object.keys(body).filter(
    (k) => !known.includes(k) && k !== 'tenant_id' && k !== 'id',
  );
  if (bad.length > 0) throw invalidInput(`Bad key(s) in quota set: ${bad.join(', ')}`);
  const updates: [string, number][] = [];
  for (const [resource, raw] of Object.entries(body)) {
    if (!known.includes(resource)) continue;
    const value = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw badRequest(`${resource} must be an integer.`);
    }
    if (value < -1) throw badRequest(`${resource} must be >= -1`);
    updates.push([resource, value]);
  }
  for (const [resource, limit] of updates) {
    call.region.quotaLimits = call.region.quotaLimits.filter(
      (q) => !(q.projectId === projectId && q.resource === resource),
    );
    call.region.quotaLimits.push({ projectId, resource, limit });
  }
  call.changed();
  const limits = projectLimits(call.region, projectId);
  const set: Record<string, number> = {};
  for (const r of known) set[r] = limits[r] ?? -1;
  return { status: 200, body: { quota_set: set } };
}

export function deleteQuotaSet(call: VolumeCall): SandboxResponse {
  if (!call.viewer.isAdmin) throw policyRefusal('volume_extension:quotas:delete');
  const projectId = call.req.params.target_project_id ?? '';
  call.region.quotaLimits = call.region.quotaLimits.filter((q) => q.projectId !== projectId);
  call.changed();
  return { status: 200 };
}

export function showLimits(call: VolumeCall): SandboxResponse {
  settleCall(call);
  const projectId = call.viewer.projectId;
  const limits = projectLimits(call.region, projectId);
  const usage = projectUsage(call.region, projectId);
  return {
    status: 200,
    body: {
      limits: {
        rate: [],
        absolute: {
          maxTotalVolumes: limits.volumes,
          maxTotalSnapshots: limits.snapshots,
          maxTotalVolumeGigabytes: limits.gigabytes,
          maxTotalBackups: limits.backups,
          maxTotalBackupGigabytes: limits.backup_gigabytes,
          totalVolumesUsed: usage.volumes,
          totalGigabytesUsed: usage.gigabytes,
          totalSnapshotsUsed: usage.snapshots,
          totalBackupsUsed: usage.backups,
          totalBackupGigabytesUsed: usage.backup_gigabytes,
        },
      },
    },
  };
}

export function listAvailabilityZones(): SandboxResponse {
  return {
    status: 200,
    body: { availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true } }] },
  };
}
