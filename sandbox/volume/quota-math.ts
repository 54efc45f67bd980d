import { CinderFault } from './errors';
import type { VolumeRegionState } from './schema';

// Cinder's quota arithmetic: the limits of a project (defaults overridden per
// project), what it uses, and the over-quota faults with cinder.exception's texts
// (the API prefixes QuotaError's class name).

export const QUOTA_DEFAULTS: Record<string, number> = {
  volumes: 10,
  per_volume_gigabytes: -1,
  snapshots: 10,
  gigabytes: 1000,
  backups: 10,
  backup_gigabytes: 1000,
  groups: 10,
};

/** The per-type quotas every volume type adds (volumes___DEFAULT__ …). */
export const perTypeResources = (region: VolumeRegionState): string[] =>
  region.types.flatMap((t) => ['volumes', 'gigabytes', 'snapshots'].map((r) => `${r}_${t.name}`));

export function projectLimits(
  region: VolumeRegionState,
  projectId: string,
): Record<string, number> {
  const limits: Record<string, number> = { ...QUOTA_DEFAULTS };
  for (const resource of perTypeResources(region)) limits[resource] = -1;
  for (const q of region.quotaLimits) if (q.projectId === projectId) limits[q.resource] = q.limit;
  return limits;
}

export function projectUsage(region: VolumeRegionState, projectId: string): Record<string, number> {
  const volumes = region.volumes.filter((v) => v.projectId === projectId);
  const snapshots = region.snapshots.filter((s) => s.projectId === projectId);
  const backups = region.backups.filter((b) => b.projectId === projectId);
  const usage: Record<string, number> = {
    volumes: volumes.length,
    gigabytes:
      volumes.reduce((sum, v) => sum + Math.max(v.size, v.pending.size ?? 0), 0) +
      snapshots.reduce((sum, s) => sum + s.size, 0),
    snapshots: snapshots.length,
    backups: backups.length,
    backup_gigabytes: backups.reduce((sum, b) => sum + b.size, 0),
    per_volume_gigabytes: 0,
    groups: 0,
  };
  for (const t of region.types) {
    const typed = volumes.filter((v) => v.typeId === t.id);
    const ids = new Set(typed.map((v) => v.id));
    const typedSnaps = snapshots.filter((s) => ids.has(s.volumeId));
    usage[`volumes_${t.name}`] = typed.length;
    usage[`gigabytes_${t.name}`] =
      typed.reduce((sum, v) => sum + v.size, 0) + typedSnaps.reduce((sum, s) => sum + s.size, 0);
    usage[`snapshots_${t.name}`] = typedSnaps.length;
  }
  return usage;
}

const quotaError = (kind: string, message: string) =>
  new CinderFault(413, 'overLimit', `${kind}: ${message}`);

export interface QuotaRequest {
  /** 'volumes', 'snapshots' or 'backups': what is being made. */
  resource: 'volumes' | 'snapshots' | 'backups';
  /** GiB the new thing adds to gigabytes (or backup_gigabytes); 0 for none. */
  size: number;
  /** 1 for a new volume/snapshot/backup, 0 for an extend. */
  count: number;
}

/** Throws Cinder's over-quota fault when `request` does not fit in the project's quota. */
export function checkQuota(
  region: VolumeRegionState,
  projectId: string,
  request: QuotaRequest,
): void {
  const limits = projectLimits(region, projectId);
  const usage = projectUsage(region, projectId);
  const perVolume = limits.per_volume_gigabytes ?? -1;
  if (request.resource === 'volumes' && perVolume >= 0 && request.size > perVolume) {
    throw quotaError(
      'VolumeSizeExceedsLimit',
      `Requested volume size ${request.size}G is larger than maximum allowed limit ${perVolume}G.`,
    );
  }
  const gbResource = request.resource === 'backups' ? 'backup_gigabytes' : 'gigabytes';
  const gbLimit = limits[gbResource] ?? -1;
  const gbUsed = usage[gbResource] ?? 0;
  if (request.size > 0 && gbLimit >= 0 && gbUsed + request.size > gbLimit) {
    const text = `Requested ${request.size}G, quota is ${gbLimit}G and ${gbUsed}G has been consumed.`;
    throw request.resource === 'backups'
      ? quotaError(
          'VolumeBackupSizeExceedsAvailableQuota',
          `Requested backup exceeds allowed Backup gigabytes quota. ${text}`,
        )
      : quotaError(
          'VolumeSizeExceedsAvailableQuota',
          `Requested volume or snapshot exceeds allowed gigabytes quota. ${text}`,
        );
  }
  const countLimit = limits[request.resource] ?? -1;
  if (request.count > 0 && countLimit >= 0 && (usage[request.resource] ?? 0) + 1 > countLimit) {
    switch (request.resource) {
      case 'volumes':
        throw quotaError(
          'VolumeLimitExceeded',
          `Maximum number of volumes allowed (${countLimit}) exceeded for quota 'volumes'.`,
        );
      case 'snapshots':
        throw quotaError(
          'SnapshotLimitExceeded',
          `Maximum number of snapshots allowed (${countLimit}) exceeded`,
        );
      case 'backups':
        throw quotaError(
          'BackupLimitExceeded',
          `Maximum number of backups allowed (${countLimit}) exceeded`,
        );
    }
  }
}
