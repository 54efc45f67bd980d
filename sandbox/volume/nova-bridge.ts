import { randomUUID } from 'node:crypto';
import * as glance from './glance-bridge';
import { checkQuota } from './quota-math';
import { emptyVolumeRegion, type VolumeRecord, type VolumeRegionState } from './schema';
import { defaultType, restingStatus, settle, stepsFrom } from './volume-store';
import type { SandboxState } from '../state';

// What Nova asks of the sandbox's Cinder, as pure functions over the state: a
// volume's look-up, attach and detach (the volume turns in-use with its
// attachment, then available again), the volumes a boot makes from an image, a
// snapshot or another volume, and what deleting a server does to its volumes.

export interface VolumeInfo {
  id: string;
  size: number;
  status: string;
  bootable: boolean;
  imageId: string | null;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

function regionOf(state: SandboxState, region: string, now: number): VolumeRegionState {
  const r = (state.volume[region] ??= emptyVolumeRegion());
  settle(r, now);
  return r;
}

const info = (v: VolumeRecord): VolumeInfo => ({
  id: v.id,
  size: v.size,
  status: v.status,
  bootable: v.bootable,
  imageId: v.imageMetadata?.image_id ?? null,
});

function visible(
  r: VolumeRegionState,
  id: string,
  viewer: { projectId: string; isAdmin: boolean },
): VolumeRecord | undefined {
  const volume = r.volumes.find((v) => v.id === id);
  return volume && (viewer.isAdmin || volume.projectId === viewer.projectId) ? volume : undefined;
}

export function findVolume(
  state: SandboxState,
  region: string,
  viewer: { projectId: string; isAdmin: boolean },
  volumeId: string,
  now: number,
): VolumeInfo | null {
  const volume = visible(regionOf(state, region, now), volumeId, viewer);
  return volume ? info(volume) : null;
}

export function findSnapshotSize(
  state: SandboxState,
  region: string,
  viewer: { projectId: string; isAdmin: boolean },
  snapshotId: string,
  now: number,
): { size: number; status: string; bootable: boolean; volumeId: string } | null {
  const r = regionOf(state, region, now);
  const snapshot = r.snapshots.find((s) => s.id === snapshotId);
  if (!snapshot || (!viewer.isAdmin && snapshot.projectId !== viewer.projectId)) return null;
  // Nova asks whether the snapshot's volume is bootable (taken as yes once it is gone).
  const source = r.volumes.find((v) => v.id === snapshot.volumeId);
  return {
    size: snapshot.size,
    status: snapshot.status,
    bootable: source?.bootable ?? true,
    volumeId: snapshot.volumeId,
  };
}

/** Nova's attachment_create + attachment_complete: the volume is in-use on the server. */
export function attachVolume(
  state: SandboxState,
  region: string,
  request: {
    viewer: { projectId: string; isAdmin: boolean };
    volumeId: string;
    serverId: string;
    device: string;
    attachmentId: string;
    now: number;
  },
): Outcome<VolumeInfo> {
  const r = regionOf(state, region, request.now);
  const volume = visible(r, request.volumeId, request.viewer);
  if (!volume)
    return { ok: false, status: 404, message: `Volume ${request.volumeId} could not be found.` };
  if (volume.status === 'in-use') {
    // Nova's words (checked on Zed), naming the servers the volume is on.
    const servers = volume.attachments.map((a) => a.serverId).join(', ');
    return {
      ok: false,
      status: 400,
      message: `Invalid volume: volume ${volume.id} is already attached to instances: ${servers}`,
    };
  }
  if (volume.status !== 'available') {
    return {
      ok: false,
      status: 400,
      message: `Invalid volume: Volume status must be available to reserve, but the status is ${volume.status}.`,
    };
  }
  volume.attachments.push({
    id: request.attachmentId,
    serverId: request.serverId,
    device: request.device,
    attachedAt: request.now,
  });
  volume.status = 'attaching';
  volume.updatedAt = request.now;
  // Reserved and attaching pass within the request's time, as on a fast host.
  volume.steps = stepsFrom(request.now, ['in-use', 1]);
  return { ok: true, value: info(volume) };
}

/** Nova's attachment_delete: the volume leaves the server (detaching, then available). */
export function detachVolume(
  state: SandboxState,
  region: string,
  request: { volumeId: string; serverId: string; now: number },
): void {
  const r = regionOf(state, region, request.now);
  const volume = r.volumes.find((v) => v.id === request.volumeId);
  if (!volume) return;
  volume.attachments = volume.attachments.filter((a) => a.serverId !== request.serverId);
  volume.updatedAt = request.now;
  if (volume.status === 'in-use' || volume.status === 'attaching') {
    volume.status = 'detaching';
    volume.steps = stepsFrom(request.now, [restingStatus(volume), 1]);
  }
}

/** A server is gone: its volumes are detached, those marked delete_on_termination deleted. */
export function serverDeleted(
  state: SandboxState,
  region: string,
  request: { serverId: string; deleteVolumeIds: string[]; now: number },
): void {
  const r = regionOf(state, region, request.now);
  for (const volume of r.volumes) {
    if (!volume.attachments.some((a) => a.serverId === request.serverId)) continue;
    volume.attachments = volume.attachments.filter((a) => a.serverId !== request.serverId);
    volume.updatedAt = request.now;
    if (request.deleteVolumeIds.includes(volume.id)) {
      volume.status = 'deleting';
      volume.steps = stepsFrom(request.now, ['deleted', 1, ['remove']]);
    } else {
      volume.status = restingStatus(volume);
      volume.steps = [];
    }
  }
}

export interface BootVolumeRequest {
  projectId: string;
  userId: string;
  size: number;
  source: { kind: 'image' | 'snapshot' | 'volume' | 'blank'; id: string | null };
  now: number;
}

/** A volume Nova makes for a block device mapping (destination volume). */
export function createBootVolume(
  state: SandboxState,
  region: string,
  request: BootVolumeRequest,
): Outcome<VolumeInfo> {
  const r = regionOf(state, region, request.now);
  try {
    checkQuota(r, request.projectId, { resource: 'volumes', size: request.size, count: 1 });
  } catch (err) {
    return { ok: false, status: 403, message: err instanceof Error ? err.message : String(err) };
  }
  let imageMetadata: Record<string, string> | null = null;
  let bootable = false;
  const { kind, id } = request.source;
  if (kind === 'image' && id) {
    const image = glance.findImage(
      state,
      region,
      { projectId: request.projectId, isAdmin: false },
      id,
      request.now,
    );
    imageMetadata = { image_id: id, image_name: image?.name ?? '' };
    bootable = true;
  } else if (kind === 'snapshot' && id) {
    const snapshot = r.snapshots.find((s) => s.id === id);
    const origin = r.volumes.find((v) => v.id === snapshot?.volumeId);
    bootable = origin?.bootable ?? false;
    imageMetadata = origin?.imageMetadata ?? null;
  }
  const volume: VolumeRecord = {
    id: randomUUID(),
    projectId: request.projectId,
    userId: request.userId,
    name: '',
    description: '',
    size: request.size,
    status: 'available',
    steps: [],
    typeId: defaultType(r).id,
    availabilityZone: 'nova',
    bootable,
    metadata: {},
    imageMetadata,
    snapshotId: kind === 'snapshot' ? id : null,
    sourceVolumeId: null,
    backupId: null,
    attachments: [],
    pending: { size: null, typeId: null },
    createdAt: request.now,
    updatedAt: request.now,
  };
  r.volumes.push(volume);
  return { ok: true, value: info(volume) };
}
