import { randomUUID } from 'node:crypto';
import { badRequest, invalidBackup, invalidVolume } from './errors';
import { listPage, textMatch, type ListSpec } from './list-query';
import { checkQuota } from './quota-math';
import { bodyObject, booleanField, textField } from './request';
import { backupView, links } from './views';
import {
  defaultType,
  findBackup,
  findSnapshot,
  findVolume,
  settleCall,
  stepsFrom,
} from './volume-store';
import type { VolumeCall } from './call';
import type { BackupRecord, VolumeRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Backups (backups)": list, show, create (force for an
// in-use volume), restore (to a new volume or an existing one) and delete.

const BACKUP_LIST: ListSpec<BackupRecord> = {
  collection: 'backups',
  markerNotFound: (id) => `Backup ${id} could not be found.`,
  sortKeys: {
    id: (b) => b.id,
    name: (b) => b.name,
    status: (b) => b.status,
    size: (b) => b.size,
    created_at: (b) => b.createdAt,
    updated_at: (b) => b.updatedAt,
    volume_id: (b) => b.volumeId,
  },
  filters: {
    name: (b, value) => textMatch(b.name, value),
    status: (b, value) => b.status === value,
    volume_id: (b, value) => b.volumeId === value,
  },
};

function list(call: VolumeCall, detail: boolean): SandboxResponse {
  settleCall(call);
  const { page, links: next, count } = listPage(call, call.region.backups, BACKUP_LIST);
  const body: Record<string, unknown> = {
    backups: page.map((b) =>
      detail
        ? backupView(call, b)
        : { id: b.id, links: links(call, b.projectId, 'backups', b.id), name: b.name },
    ),
  };
  if (next) body.backups_links = next;
  if (call.req.query.get('with_count') !== null) body.count = count;
  return { status: 200, body };
}

export const listBackups = (call: VolumeCall) => list(call, false);
export const listBackupsDetail = (call: VolumeCall) => list(call, true);

export function showBackup(call: VolumeCall): SandboxResponse {
  const backup = findBackup(call, call.req.params.backup_id ?? '');
  return { status: 200, body: { backup: backupView(call, backup) } };
}

export function createBackup(call: VolumeCall): SandboxResponse {
  const body = bodyObject(call, 'backup');
  if (typeof body.volume_id !== 'string') throw badRequest("'volume_id' is a required property");
  const name = textField('name', body.name ?? null);
  const description = textField('description', body.description ?? null);
  const force = body.force === undefined ? false : booleanField('force', body.force);
  const incremental =
    body.incremental === undefined ? false : booleanField('incremental', body.incremental);
  const volume = findVolume(call, body.volume_id);
  const snapshot =
    typeof body.snapshot_id === 'string' ? findSnapshot(call, body.snapshot_id) : null;
  if (!['available', 'in-use'].includes(volume.status)) {
    throw invalidVolume(
      `Volume to be backed up must be available or in-use, but the current status is "${volume.status}".`,
    );
  }
  if (volume.status === 'in-use' && !force && !snapshot) {
    throw invalidVolume('Backing up an in-use volume must use the force flag.');
  }
  if (
    incremental &&
    !call.region.backups.some((b) => b.volumeId === volume.id && b.status === 'available')
  ) {
    throw invalidBackup('No backups available to do an incremental backup.');
  }
  checkQuota(call.region, volume.projectId, { resource: 'backups', size: volume.size, count: 1 });
  const backup: BackupRecord = {
    id: randomUUID(),
    projectId: volume.projectId,
    userId: call.viewer.userId,
    volumeId: volume.id,
    snapshotId: snapshot?.id ?? null,
    name,
    description,
    size: volume.size,
    status: 'creating',
    steps: stepsFrom(call.now, ['available', call.stepMs * 2]),
    incremental,
    container: typeof body.container === 'string' ? body.container : 'volumebackups',
    createdAt: call.now,
    updatedAt: null,
  };
  call.region.backups.push(backup);
  const previous = volume.status;
  volume.status = 'backing-up';
  volume.updatedAt = call.now;
  volume.steps = stepsFrom(call.now, [previous, call.stepMs * 2]);
  call.changed();
  return {
    status: 202,
    body: {
      backup: {
        id: backup.id,
        name: backup.name,
        links: links(call, backup.projectId, 'backups', backup.id),
      },
    },
  };
}

export function restoreBackup(call: VolumeCall): SandboxResponse {
  const body = bodyObject(call, 'restore');
  const backup = findBackup(call, call.req.params.backup_id ?? '');
  if (backup.status !== 'available') throw invalidBackup('Backup status must be available');
  let volume: VolumeRecord;
  if (typeof body.volume_id === 'string') {
    volume = findVolume(call, body.volume_id);
    if (volume.status !== 'available')
      throw invalidVolume('Volume to be restored to must be available');
    if (volume.size < backup.size) {
      throw invalidVolume(
        `volume size ${volume.size} is too small to restore backup of size ${backup.size}.`,
      );
    }
  } else {
    checkQuota(call.region, call.viewer.projectId, {
      resource: 'volumes',
      size: backup.size,
      count: 1,
    });
    volume = {
      id: randomUUID(),
      projectId: call.viewer.projectId,
      userId: call.viewer.userId,
      name: textField('name', body.name ?? null) ?? `restore_backup_${backup.id}`,
      description: 'auto-created_from_restore_from_backup',
      size: backup.size,
      status: 'creating',
      steps: [],
      typeId: defaultType(call.region).id,
      availabilityZone: 'nova',
      bootable: false,
      metadata: {},
      imageMetadata: null,
      snapshotId: null,
      sourceVolumeId: null,
      backupId: null,
      attachments: [],
      pending: { size: null, typeId: null },
      createdAt: call.now,
      updatedAt: null,
    };
    call.region.volumes.push(volume);
  }
  const origin = call.region.volumes.find((v) => v.id === backup.volumeId);
  if (origin) {
    volume.bootable = origin.bootable;
    volume.imageMetadata = origin.imageMetadata;
  }
  volume.status = 'restoring-backup';
  volume.updatedAt = call.now;
  volume.steps = stepsFrom(call.now, ['available', call.stepMs * 2]);
  backup.status = 'restoring';
  backup.updatedAt = call.now;
  backup.steps = stepsFrom(call.now, ['available', call.stepMs * 2]);
  call.changed();
  return {
    status: 202,
    body: { restore: { backup_id: backup.id, volume_id: volume.id, volume_name: volume.name } },
  };
}

export function deleteBackup(call: VolumeCall): SandboxResponse {
  const backup = findBackup(call, call.req.params.backup_id ?? '');
  if (!['available', 'error'].includes(backup.status)) {
    throw invalidBackup('Backup status must be available or error');
  }
  backup.status = 'deleting';
  backup.updatedAt = call.now;
  backup.steps = stepsFrom(call.now, ['deleted', call.stepMs, ['remove']]);
  call.changed();
  return { status: 202 };
}
