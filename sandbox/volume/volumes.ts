import { randomUUID } from 'node:crypto';
import { badRequest, invalidInput, invalidVolume, notFound } from './errors';
import * as glance from './glance-bridge';
import { listPage, textMatch, type ListSpec } from './list-query';
import { checkQuota } from './quota-math';
import { bodyObject, metadataField, sizeField, textField } from './request';
import { volumeSummary, volumeView } from './views';
import {
  defaultType,
  findBackup,
  findSnapshot,
  findTypeByNameOrId,
  findVolume,
  settleCall,
  stepsFrom,
} from './volume-store';
import type { VolumeCall } from './call';
import type { VolumeRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Volumes (volumes)": list, show, create (blank or from
// an image, snapshot, volume or backup), update and delete, with Cinder's checks
// and texts. Statuses move by timed steps (creating → available, deleting → gone).

const GIB = 1024 ** 3;

const VOLUME_LIST: ListSpec<VolumeRecord> = {
  collection: 'volumes',
  markerNotFound: (id) => `Volume ${id} could not be found.`,
  sortKeys: {
    id: (v) => v.id,
    name: (v) => v.name,
    display_name: (v) => v.name,
    status: (v) => v.status,
    size: (v) => v.size,
    availability_zone: (v) => v.availabilityZone,
    bootable: (v) => String(v.bootable),
    created_at: (v) => v.createdAt,
    updated_at: (v) => v.updatedAt,
    volume_type: (v) => v.typeId,
  },
  filters: {
    name: (v, value) => textMatch(v.name, value),
    status: (v, value) => v.status === value,
    bootable: (v, value) => String(v.bootable) === value.toLowerCase(),
    availability_zone: (v, value) => v.availabilityZone === value,
    metadata: (v, value) => {
      try {
        const wanted = JSON.parse(value.replaceAll("'", '"')) as Record<string, string>;
        return Object.entries(wanted).every(([k, val]) => v.metadata[k] === val);
      } catch {
        return false;
      }
    },
  },
};

function list(call: VolumeCall, detail: boolean): SandboxResponse {
  settleCall(call);
  const { page, links, count } = listPage(call, call.region.volumes, VOLUME_LIST);
  const body: Record<string, unknown> = {
    volumes: page.map((v) => (detail ? volumeView(call, v) : volumeSummary(call, v))),
  };
  if (links) body.volumes_links = links;
  if (call.req.query.get('with_count') !== null) body.count = count;
  return { status: 200, body };
}

export const listVolumes = (call: VolumeCall) => list(call, false);
export const listVolumesDetail = (call: VolumeCall) => list(call, true);

export function showVolume(call: VolumeCall): SandboxResponse {
  const volume = findVolume(call, call.req.params.volume_id ?? '');
  return { status: 200, body: { volume: volumeView(call, volume) } };
}

const uuidOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

function originating(kind: string, allowed: string[], status: string, fault: (m: string) => Error) {
  if (!allowed.includes(status)) {
    throw fault(`Originating ${kind} status must be one of '${allowed.join(', ')}' values`);
  }
}

export function createVolume(call: VolumeCall): SandboxResponse {
  const body = bodyObject(call, 'volume');
  const name = textField('name', body.name ?? body.display_name ?? null);
  const description = textField(
    'description',
    body.description ?? body.display_description ?? null,
  );
  const metadata = metadataField(body.metadata);
  let size = body.size === undefined || body.size === null ? null : sizeField('size', body.size);
  const az = typeof body.availability_zone === 'string' ? body.availability_zone : null;
  const snapshotId = uuidOrNull(body.snapshot_id);
  const sourceId = uuidOrNull(body.source_volid);
  const backupId = uuidOrNull(body.backup_id);
  const imageId = uuidOrNull(body.imageRef ?? body.image_id);
  const typeName = typeof body.volume_type === 'string' ? body.volume_type : null;

  let type = defaultType(call.region);
  if (typeName !== null) {
    const found = findTypeByNameOrId(call.region, typeName);
    if (!found) throw notFound(`Volume type with name ${typeName} could not be found.`);
    type = found;
  }
  let bootable = false;
  let imageMetadata: Record<string, string> | null = null;
  const snapshot = snapshotId ? findSnapshot(call, snapshotId) : null;
  const source = sourceId ? findVolume(call, sourceId) : null;
  const backup = backupId ? findBackup(call, backupId) : null;
  if (snapshot) {
    originating('snapshot', ['available'], snapshot.status, (m) =>
      badRequest(`Invalid snapshot: ${m}`),
    );
    size ??= snapshot.size;
    if (size < snapshot.size) {
      throw invalidInput(
        `Volume size '${size}'GB cannot be smaller than the snapshot size ${snapshot.size}GB. They must be >= original snapshot size.`,
      );
    }
    const origin = call.region.volumes.find((v) => v.id === snapshot.volumeId);
    bootable = origin?.bootable ?? false;
    imageMetadata = origin?.imageMetadata ?? null;
    if (typeName === null && origin)
      type = call.region.types.find((t) => t.id === origin.typeId) ?? type;
  }
  if (source) {
    originating('volume', ['available', 'in-use'], source.status, invalidVolume);
    size ??= source.size;
    if (size < source.size) {
      throw invalidInput(
        `Volume size '${size}'GB cannot be smaller than original volume size  ${source.size}GB. They must be >= original volume size.`,
      );
    }
    bootable = source.bootable;
    imageMetadata = source.imageMetadata;
    if (typeName === null) type = call.region.types.find((t) => t.id === source.typeId) ?? type;
  }
  if (backup) {
    originating('backup', ['available'], backup.status, (m) => badRequest(`Invalid backup: ${m}`));
    size ??= backup.size;
    if (size < backup.size) {
      throw invalidInput(
        `Volume size ${size}GB cannot be smaller than the backup size ${backup.size}GB. It must be >= backup size.`,
      );
    }
  }
  if (imageId) {
    const image = glance.findImage(call.state, call.regionId, call.viewer, imageId, call.now);
    if (!image) throw badRequest('Invalid image identifier or unable to access requested image.');
    const imageGb = Math.ceil((image.size ?? 0) / GIB);
    size ??= Math.max(imageGb, image.minDisk, 1);
    if (image.status !== 'active') throw invalidInput(`Image ${image.id} is not active.`);
    if (imageGb > size) {
      throw invalidInput(
        `Size of specified image ${imageGb}GB is larger than volume size ${size}GB.`,
      );
    }
    if (size < image.minDisk) {
      throw invalidInput(
        `Volume size ${size}GB cannot be smaller than the image minDisk size ${image.minDisk}GB.`,
      );
    }
    bootable = true;
    imageMetadata = {
      image_id: image.id,
      image_name: image.name ?? '',
      checksum: image.checksum ?? '',
      container_format: image.containerFormat ?? '',
      disk_format: image.diskFormat ?? '',
      min_disk: String(image.minDisk),
      min_ram: String(image.minRam),
      size: String(image.size ?? 0),
    };
  }
  if (size === null) {
    throw invalidInput("Volume size 'None' must be an integer and greater than 0");
  }
  if (az !== null && az !== 'nova') throw badRequest(`Availability zone '${az}' is invalid.`);

  checkQuota(call.region, call.viewer.projectId, { resource: 'volumes', size, count: 1 });
  const volume: VolumeRecord = {
    id: randomUUID(),
    projectId: call.viewer.projectId,
    userId: call.viewer.userId,
    name,
    description,
    size,
    status: 'creating',
    steps: [],
    typeId: type.id,
    availabilityZone: 'nova',
    bootable,
    metadata,
    imageMetadata,
    snapshotId: snapshot?.id ?? null,
    sourceVolumeId: source?.id ?? null,
    backupId: backup?.id ?? null,
    attachments: [],
    pending: { size: null, typeId: null },
    createdAt: call.now,
    updatedAt: null,
  };
  if (backup) {
    volume.steps = stepsFrom(
      call.now,
      ['restoring-backup', call.stepMs],
      ['available', call.stepMs],
    );
    backup.status = 'restoring';
    backup.steps = stepsFrom(call.now, ['available', call.stepMs * 2]);
  } else {
    volume.steps = imageId
      ? stepsFrom(call.now, ['downloading', call.stepMs], ['available', call.stepMs])
      : stepsFrom(call.now, ['available', call.stepMs]);
  }
  call.region.volumes.push(volume);
  call.changed();
  return { status: 202, body: { volume: volumeView(call, volume) } };
}

export function updateVolume(call: VolumeCall): SandboxResponse {
  const body = bodyObject(call, 'volume');
  const volume = findVolume(call, call.req.params.volume_id ?? '');
  if ('name' in body || 'display_name' in body) {
    volume.name = textField('name', body.name ?? body.display_name ?? null);
  }
  if ('description' in body || 'display_description' in body) {
    volume.description = textField(
      'description',
      body.description ?? body.display_description ?? null,
    );
  }
  if ('metadata' in body) volume.metadata = metadataField(body.metadata);
  volume.updatedAt = call.now;
  call.changed();
  return { status: 200, body: { volume: volumeView(call, volume) } };
}

export const DELETE_REFUSAL =
  'Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.';

const DELETABLE = ['available', 'error', 'error_restoring', 'error_extending', 'error_managing'];

export function deleteVolume(call: VolumeCall): SandboxResponse {
  const volume = findVolume(call, call.req.params.volume_id ?? '');
  const cascade = (call.req.query.get('cascade') ?? '').toLowerCase() === 'true';
  const snapshots = call.region.snapshots.filter((s) => s.volumeId === volume.id);
  const awaiting = call.region.transfers.some((t) => t.volumeId === volume.id);
  const blocked =
    !DELETABLE.includes(volume.status) ||
    volume.attachments.length > 0 ||
    awaiting ||
    (snapshots.length > 0 && !cascade);
  if (blocked) throw invalidVolume(DELETE_REFUSAL);
  startDelete(call, volume);
  if (cascade) {
    for (const s of snapshots) {
      s.status = 'deleting';
      s.steps = stepsFrom(call.now, ['deleted', call.stepMs, ['remove']]);
    }
  }
  call.changed();
  return { status: 202 };
}

export function startDelete(call: VolumeCall, volume: VolumeRecord): void {
  volume.status = 'deleting';
  volume.updatedAt = call.now;
  volume.steps = stepsFrom(call.now, ['deleted', call.stepMs, ['remove']]);
}
