import { notFound } from './errors';
import { bodyObject, metadataField } from './request';
import { findVolume } from './volume-store';
import type { VolumeCall } from './call';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Volume metadata": show, merge (POST), replace (PUT),
// show and delete one key.

const volumeOf = (call: VolumeCall) => findVolume(call, call.req.params.volume_id ?? '');

export function showMetadata(call: VolumeCall): SandboxResponse {
  return { status: 200, body: { metadata: volumeOf(call).metadata } };
}

export function mergeMetadata(call: VolumeCall): SandboxResponse {
  const volume = volumeOf(call);
  const body = metadataField(bodyObject(call, 'metadata'));
  volume.metadata = { ...volume.metadata, ...body };
  volume.updatedAt = call.now;
  call.changed();
  return { status: 200, body: { metadata: volume.metadata } };
}

export function replaceMetadata(call: VolumeCall): SandboxResponse {
  const volume = volumeOf(call);
  volume.metadata = metadataField(bodyObject(call, 'metadata'));
  volume.updatedAt = call.now;
  call.changed();
  return { status: 200, body: { metadata: volume.metadata } };
}

export function showMetadataKey(call: VolumeCall): SandboxResponse {
  const volume = volumeOf(call);
  const key = call.req.params.key ?? '';
  const value = volume.metadata[key];
  if (value === undefined) throw notFound(`Volume ${volume.id} has no metadata with key ${key}.`);
  return { status: 200, body: { meta: { [key]: value } } };
}

export function deleteMetadataKey(call: VolumeCall): SandboxResponse {
  const volume = volumeOf(call);
  const key = call.req.params.key ?? '';
  if (!(key in volume.metadata)) {
    throw notFound(`Volume ${volume.id} has no metadata with key ${key}.`);
  }
  const { [key]: _removed, ...rest } = volume.metadata;
  volume.metadata = rest;
  call.changed();
  return { status: 200 };
}
