import { describe, expect, it } from 'vitest';
import {
  activateImage,
  createSnapshotImage,
  deleteImage,
  findImage,
  imageMinima,
} from './nova-bridge';
import { seedImageRegion } from './seed';
import { emptyState, sandboxStateSchema } from '../state';

function stateWithImages() {
  const state = emptyState();
  state.image.RegionOne = { images: [], seeded: false };
  seedImageRegion(state.image.RegionOne, 'p-admin', 1_000_000);
  return state;
}

describe('image bridge for Nova', () => {
  it('finds public seed images for any project and gives their minima', () => {
    const state = stateWithImages();
    const cirros = state.image.RegionOne?.images.find((i) => i.name === 'cirros-0.6.2-x86_64-disk');
    const ubuntu = state.image.RegionOne?.images.find((i) => i.name === 'ubuntu-22.04');
    expect(cirros && findImage(state, 'RegionOne', 'p-demo', cirros.id)?.status).toBe('active');
    expect(cirros && imageMinima(cirros)).toEqual({ minDisk: 1, minRam: 0 });
    expect(ubuntu && imageMinima(ubuntu)).toEqual({ minDisk: 3, minRam: 512 });
    expect(findImage(state, 'RegionOne', 'p-demo', 'nope')).toBeUndefined();
    expect(findImage(state, 'RegionTwo', 'p-demo', cirros?.id ?? '')).toBeUndefined();
  });

  it('seeds the devcloud’s 64 KiB images with its checksums, once', () => {
    const state = stateWithImages();
    const region = state.image.RegionOne;
    const like = region?.images.find((i) => i.name === 'cirros-like');
    expect(like).toMatchObject({
      size: 65536,
      checksum: 'fcd6bcb56c1689fcef28b57c22475bad',
      status: 'active',
      visibility: 'public',
      owner: 'p-admin',
    });
    if (region) seedImageRegion(region, 'p-admin', 2_000_000);
    expect(region?.images).toHaveLength(4);
  });

  it('creates a private queued snapshot that turns active on time', () => {
    const state = stateWithImages();
    const base = state.image.RegionOne?.images.find((i) => i.name === 'cirros-0.6.2-x86_64-disk');
    const snap = createSnapshotImage(state, 'RegionOne', {
      projectId: 'p-demo',
      name: 'vm1-snap',
      serverId: 'server-1',
      minDisk: 1,
      minRam: 64,
      metadata: { base_image_ref: base?.id ?? '', user_id: 'u1' },
      now: 5000,
      activateAfterMs: 1000,
    });
    expect(snap).toMatchObject({
      status: 'queued',
      visibility: 'private',
      owner: 'p-demo',
      size: null,
      checksum: null,
      diskFormat: null,
      minRam: 64,
      properties: {
        instance_uuid: 'server-1',
        image_type: 'snapshot',
        base_image_ref: base?.id,
        user_id: 'u1',
      },
    });
    expect(findImage(state, 'RegionOne', 'p-demo', snap.id, { now: 5500 })?.status).toBe('queued');
    expect(findImage(state, 'RegionOne', 'p-other', snap.id, { now: 5500 })).toBeUndefined();
    expect(findImage(state, 'RegionOne', 'p-demo', snap.id, { now: 6000 })).toMatchObject({
      status: 'active',
      size: base?.size,
      diskFormat: 'qcow2',
      containerFormat: 'bare',
      updatedAt: 6000,
      hasData: true,
    });
    expect(findImage(state, 'RegionOne', 'p-other', snap.id, { isAdmin: true })).toBeDefined();
  });

  it('activates on request and deletes', () => {
    const state = stateWithImages();
    const snap = createSnapshotImage(state, 'RegionOne', {
      projectId: 'p-demo',
      name: 's',
      serverId: 'server-2',
      minDisk: 0,
      minRam: 0,
      now: 1,
    });
    expect(findImage(state, 'RegionOne', 'p-demo', snap.id, { now: 10 ** 12 })?.status).toBe(
      'queued',
    );
    expect(activateImage(state, 'RegionOne', snap.id, 50)?.status).toBe('active');
    expect(deleteImage(state, 'RegionOne', snap.id)).toBe(true);
    expect(deleteImage(state, 'RegionOne', snap.id)).toBe(false);
  });
});

describe('state files', () => {
  it('loads a state saved before Glance and Neutron existed', () => {
    const { image: _image, network: _network, ...older } = emptyState();
    const parsed = sandboxStateSchema.parse(older);
    expect(parsed.image).toEqual({});
    expect(parsed.network).toEqual({});
  });
});
