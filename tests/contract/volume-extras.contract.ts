// The calls the Snapshots and Volume Types panels add (lib/openstack/volume/
// snapshots.ts metadata, volume-types.ts encryption) against the target cloud.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { availableVolume, CinderCleanup, waitStatus } from './cinder-fixture';
import { apiFor, session, unique } from './context';
import { failure } from './failure';

let api: Api;
let admin: Api;
const cleanup = new CinderCleanup();
const NO_ID = '00000000-0000-0000-0000-000000000000';

beforeAll(async () => {
  api = await apiFor(await session('demo'));
  admin = await apiFor(await session('admin'));
});

afterAll(() => cleanup.run());

describe('snapshot metadata', () => {
  it('merges keys, deletes one, and names a missing key in Cinder’s words', async () => {
    const volume = await availableVolume(api, cleanup, unique('metavol'));
    const created = await api.volume.createSnapshot({
      volumeId: volume.id,
      name: unique('metasnap'),
      metadata: { a: '1' },
    });
    cleanup.snapshot(api, created.id);
    await waitStatus(() => api.volume.getSnapshot(created.id), ['available']);
    expect(await api.volume.getSnapshotMetadata(created.id)).toEqual({ a: '1' });
    await api.volume.updateSnapshotMetadata(created.id, { b: '2', a: 'one' });
    expect(await api.volume.getSnapshotMetadata(created.id)).toEqual({ a: 'one', b: '2' });
    await api.volume.updateSnapshotMetadata(created.id, {}, ['a']);
    expect(await api.volume.getSnapshotMetadata(created.id)).toEqual({ b: '2' });
    expect((await api.volume.getSnapshot(created.id)).metadata).toEqual({ b: '2' });
    const missing = await failure(api.volume.updateSnapshotMetadata(created.id, {}, ['nope']));
    expect(missing.status).toBe(404);
    expect(missing.message).toBe(`Snapshot ${created.id} has no metadata with key nope.`);
  });
});

describe('volume type encryption', () => {
  it('answers nothing for a type without encryption, and 404 for an unknown type', async () => {
    const type = await admin.volume.createVolumeType({ name: unique('enc') });
    cleanup.type(admin, type.id);
    expect(await admin.volume.getVolumeTypeEncryption(type.id)).toBeUndefined();
    const unknown = await failure(admin.volume.getVolumeTypeEncryption(NO_ID));
    expect(unknown.status).toBe(404);
    expect(unknown.message).toBe(`Volume type ${NO_ID} could not be found.`);
  });

  it('a volume type in use cannot be deleted: Cinder says so', async () => {
    const type = await admin.volume.createVolumeType({ name: unique('inuse') });
    cleanup.type(admin, type.id);
    await availableVolume(admin, cleanup, unique('typedvol'), { volumeType: type.name });
    const refused = await failure(admin.volume.deleteVolumeType(type.id));
    expect(refused.status).toBe(400);
    expect(refused.message).toBe('Target volume type is still in use.');
  });
});
