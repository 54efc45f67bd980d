import { notFound } from './errors';
import { bodyObject, metadataField } from './request';
import { findSnapshot } from './volume-store';
import type { VolumeCall } from './call';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Snapshot metadata": show, merge (POST), delete one key.

const snapshotOf = (call: VolumeCall) => findSnapshot(call, call.req.params.snapshot_id ?? '');

export function showSnapshotMetadata(call: VolumeCall): SandboxResponse {
  return { status: 200, body: { metadata: snapshotOf(call).metadata } };
}

export function mergeSnapshotMetadata(call: VolumeCall): SandboxResponse {
  const snapshot = snapshotOf(call);
  const body = metadataField(bodyObject(call, 'metadata'));
  snapshot.metadata = { ...snapshot.metadata, ...body };
  snapshot.updatedAt = call.now;
  call.changed();
  return { status: 200, body: { metadata: snapshot.metadata } };
}

export function deleteSnapshotMetadataKey(call: VolumeCall): SandboxResponse {
  const snapshot = snapshotOf(call);
  const key = call.req.params.key ?? '';
  if (!(key in snapshot.metadata)) {
    throw notFound(`Snapshot ${snapshot.id} has no metadata with key ${key}.`);
  }
  const { [key]: _removed, ...rest } = snapshot.metadata;
  snapshot.metadata = rest;
  call.changed();
  return { status: 200 };
}
