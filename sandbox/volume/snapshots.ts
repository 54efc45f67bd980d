import { randomUUID } from 'node:crypto';
import { badRequest, invalidSnapshot, invalidVolume } from './errors';
import { listPage, textMatch, type ListSpec } from './list-query';
import { atLeast } from './microversion';
import { checkQuota } from './quota-math';
import { bodyObject, booleanField, metadataField, textField } from './request';
import { snapshotView } from './views';
import { findSnapshot, findVolume, settleCall, stepsFrom } from './volume-store';
import type { VolumeCall } from './call';
import type { SnapshotRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Volume snapshots (snapshots)": list, show, create
// (force for an in-use volume), update and delete.

const SNAPSHOT_LIST: ListSpec<SnapshotRecord> = {
  collection: 'snapshots',
  markerNotFound: (id) => `Snapshot ${id} could not be found.`,
  sortKeys: {
    id: (s) => s.id,
    name: (s) => s.name,
    display_name: (s) => s.name,
    status: (s) => s.status,
    size: (s) => s.size,
    created_at: (s) => s.createdAt,
    updated_at: (s) => s.updatedAt,
    volume_id: (s) => s.volumeId,
  },
  filters: {
    name: (s, value) => textMatch(s.name, value),
    status: (s, value) => s.status === value,
    volume_id: (s, value) => s.volumeId === value,
  },
};

function list(call: VolumeCall, detail: boolean): SandboxResponse {
  settleCall(call);
  const { page, links, count } = listPage(call, call.region.snapshots, SNAPSHOT_LIST);
  const body: Record<string, unknown> = {
    snapshots: page.map((s) => {
      const view = snapshotView(call, s);
      if (!detail) {
        delete view['os-extended-snapshot-attributes:project_id'];
        delete view['os-extended-snapshot-attributes:progress'];
      }
      return view;
    }),
  };
  if (links) body.snapshots_links = links;
  if (call.req.query.get('with_count') !== null) body.count = count;
  return { status: 200, body };
}

export const listSnapshots = (call: VolumeCall) => list(call, false);
export const listSnapshotsDetail = (call: VolumeCall) => list(call, true);

export function showSnapshot(call: VolumeCall): SandboxResponse {
  const snapshot = findSnapshot(call, call.req.params.snapshot_id ?? '');
  return { status: 200, body: { snapshot: snapshotView(call, snapshot) } };
}

export function createSnapshot(call: VolumeCall): SandboxResponse {
  const body = bodyObject(call, 'snapshot');
  if (typeof body.volume_id !== 'string') {
    throw badRequest(
      `Invalid input for field/attribute snapshot. Value: ${pyDict(body)}. 'volume_id' is a required property`,
    );
  }
  const name = textField('name', body.name ?? body.display_name ?? null);
  const description = textField(
    'description',
    body.description ?? body.display_description ?? null,
  );
  const metadata = metadataField(body.metadata);
  const force = body.force === undefined ? false : booleanField('force', body.force);
  const volume = findVolume(call, body.volume_id);
  if (volume.status === 'error') {
    throw invalidVolume('The snapshot cannot be created when the volume is in error status.');
  }
  // 3.66: an in-use volume needs no force flag, and force=false is refused.
  const inUseAllowed = atLeast(call.version, '3.66');
  if (inUseAllowed && body.force !== undefined && !force) {
    throw badRequest(
      "Since microversion 3.66 the 'force' flag is invalid for this request.  For backward compatability, however, when the 'force' flag is passed with a value evaluating to True, it is silently ignored.",
    );
  }
  const allowed = force || inUseAllowed ? ['available', 'in-use'] : ['available'];
  if (!allowed.includes(volume.status)) {
    throw invalidVolume(
      `Volume ${volume.id} status must be ${allowed.join(', ')}, but current status is: ${volume.status}.`,
    );
  }
  checkQuota(call.region, volume.projectId, { resource: 'snapshots', size: volume.size, count: 1 });
  const snapshot: SnapshotRecord = {
    id: randomUUID(),
    projectId: volume.projectId,
    userId: call.viewer.userId,
    volumeId: volume.id,
    name,
    description,
    size: volume.size,
    status: 'creating',
    steps: stepsFrom(call.now, ['available', call.stepMs]),
    metadata,
    createdAt: call.now,
    updatedAt: null,
  };
  call.region.snapshots.push(snapshot);
  call.changed();
  const view = snapshotView(call, snapshot);
  delete view['os-extended-snapshot-attributes:project_id'];
  delete view['os-extended-snapshot-attributes:progress'];
  return { status: 202, body: { snapshot: view } };
}

function pyDict(body: Record<string, unknown>): string {
  const parts = Object.entries(body).map(
    ([k, v]) => `'${k}': ${typeof v === 'string' ? `'${v}'` : JSON.stringify(v)}`,
  );
  return `{${parts.join(', ')}}`;
}

export function updateSnapshot(call: VolumeCall): SandboxResponse {
  const body = bodyObject(call, 'snapshot');
  const snapshot = findSnapshot(call, call.req.params.snapshot_id ?? '');
  if ('name' in body || 'display_name' in body) {
    snapshot.name = textField('name', body.name ?? body.display_name ?? null);
  }
  if ('description' in body || 'display_description' in body) {
    snapshot.description = textField(
      'description',
      body.description ?? body.display_description ?? null,
    );
  }
  snapshot.updatedAt = call.now;
  call.changed();
  const view = snapshotView(call, snapshot);
  delete view['os-extended-snapshot-attributes:project_id'];
  delete view['os-extended-snapshot-attributes:progress'];
  return { status: 200, body: { snapshot: view } };
}

export function deleteSnapshot(call: VolumeCall): SandboxResponse {
  const snapshot = findSnapshot(call, call.req.params.snapshot_id ?? '');
  if (!['available', 'error', 'error_deleting'].includes(snapshot.status)) {
    throw invalidSnapshot(
      'Snapshot status must be available or error and must not be part of a group.',
    );
  }
  snapshot.status = 'deleting';
  snapshot.updatedAt = call.now;
  snapshot.steps = stepsFrom(call.now, ['deleted', call.stepMs, ['remove']]);
  call.changed();
  return { status: 202 };
}
