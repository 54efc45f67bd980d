import { notFound } from './errors';
import type { VolumeCall } from './call';
import type {
  BackupRecord,
  SnapshotRecord,
  StatusStep,
  VolumeRecord,
  VolumeRegionState,
  VolumeTypeRecord,
} from './schema';

// Cinder's records of one region: look-ups with its visibility rules, and the
// timed status steps (creating → available, extending → available …) folded into
// the records when read. Nothing runs in the background.

type Stepped = { status: string; steps: StatusStep[]; updatedAt: number | null };

/** Steps: [status now, then each [status, after ms]]. */
export function stepsFrom(now: number, ...pairs: [string, number, string[]?][]): StatusStep[] {
  let at = now;
  return pairs.map(([status, afterMs, effects]) => {
    at += afterMs;
    return { at, status, effects: effects ?? [] };
  });
}

function fold<T extends Stepped>(
  records: T[],
  now: number,
  apply: (record: T, step: StatusStep) => boolean,
): { records: T[]; changed: boolean } {
  let changed = false;
  const kept: T[] = [];
  for (const record of records) {
    let keep = true;
    while (record.steps.length > 0 && (record.steps[0]?.at ?? Infinity) <= now) {
      const step = record.steps.shift() as StatusStep;
      record.status = step.status;
      record.updatedAt = step.at;
      changed = true;
      if (!apply(record, step)) {
        keep = false;
        break;
      }
    }
    if (keep) kept.push(record);
  }
  return { records: kept, changed };
}

function applyVolumeStep(volume: VolumeRecord, step: StatusStep): boolean {
  for (const effect of step.effects) {
    if (effect === 'remove') return false;
    if (effect === 'extend' && volume.pending.size !== null) {
      volume.size = volume.pending.size;
      volume.pending.size = null;
    }
    if (effect === 'retype' && volume.pending.typeId !== null) {
      volume.typeId = volume.pending.typeId;
      volume.pending.typeId = null;
    }
  }
  return true;
}

const removeOn = (_record: unknown, step: StatusStep): boolean => !step.effects.includes('remove');

/** Folds every due step of the region's volumes, snapshots and backups. */
export function settle(region: VolumeRegionState, now: number): boolean {
  const volumes = fold(region.volumes, now, applyVolumeStep);
  const snapshots = fold<SnapshotRecord>(region.snapshots, now, removeOn);
  const backups = fold<BackupRecord>(region.backups, now, removeOn);
  region.volumes = volumes.records;
  region.snapshots = snapshots.records;
  region.backups = backups.records;
  if (volumes.changed) {
    const ids = new Set(region.volumes.map((v) => v.id));
    region.transfers = region.transfers.filter((t) => ids.has(t.volumeId));
  }
  return volumes.changed || snapshots.changed || backups.changed;
}

export function settleCall(call: VolumeCall): void {
  if (settle(call.region, call.now)) call.changed();
}

export const maySee = (call: VolumeCall, projectId: string): boolean =>
  call.viewer.isAdmin || projectId === call.viewer.projectId;

export function findVolume(call: VolumeCall, id: string): VolumeRecord {
  settleCall(call);
  const volume = call.region.volumes.find((v) => v.id === id);
  if (!volume || !maySee(call, volume.projectId)) {
    throw notFound(`Volume ${id} could not be found.`);
  }
  return volume;
}

export function findSnapshot(call: VolumeCall, id: string): SnapshotRecord {
  settleCall(call);
  const snapshot = call.region.snapshots.find((s) => s.id === id);
  if (!snapshot || !maySee(call, snapshot.projectId)) {
    throw notFound(`Snapshot ${id} could not be found.`);
  }
  return snapshot;
}

export function findBackup(call: VolumeCall, id: string): BackupRecord {
  settleCall(call);
  const backup = call.region.backups.find((b) => b.id === id);
  if (!backup || !maySee(call, backup.projectId)) {
    throw notFound(`Backup ${id} could not be found.`);
  }
  return backup;
}

/** The type a volume asks for by name or id (Cinder tries the name first). */
export function findTypeByNameOrId(
  region: VolumeRegionState,
  nameOrId: string,
): VolumeTypeRecord | undefined {
  return (
    region.types.find((t) => t.name === nameOrId) ?? region.types.find((t) => t.id === nameOrId)
  );
}

export const DEFAULT_TYPE_NAME = '__DEFAULT__';

export function defaultType(region: VolumeRegionState): VolumeTypeRecord {
  const found = region.types.find((t) => t.name === DEFAULT_TYPE_NAME) ?? region.types[0];
  if (!found) throw notFound(`Volume type with name ${DEFAULT_TYPE_NAME} could not be found.`);
  return found;
}

export const isAttached = (volume: VolumeRecord): boolean => volume.attachments.length > 0;

/** The status a volume rests in: in-use while attached, else available. */
export const restingStatus = (volume: VolumeRecord): string =>
  isAttached(volume) ? 'in-use' : 'available';
