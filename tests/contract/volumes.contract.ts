// Cinder volume calls (lib/openstack/volume/volumes.ts) against the target cloud:
// every call with its status and, when Cinder refuses, its own words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import { availableVolume, CinderCleanup, waitGone, waitStatus } from './cinder-fixture';
import { apiFor, isSandbox, session, unique } from './context';
import { failure } from './failure';

let api: Api;
const cleanup = new CinderCleanup();
const NO_ID = '00000000-0000-0000-0000-000000000000';

beforeAll(async () => {
  api = await apiFor(await session('demo'));
});

afterAll(() => cleanup.run());

describe('block storage volumes', () => {
  it('creates a blank volume (creating → available), shows, edits and deletes it', async () => {
    const name = unique('vol');
    const created = await api.volume.createVolume({ size: 1, name, description: 'contract' });
    cleanup.volume(api, created.id);
    expect(created).toMatchObject({
      name,
      description: 'contract',
      size: 1,
      bootable: 'false',
      availability_zone: 'nova',
      volume_type: '__DEFAULT__',
      attachments: [],
    });
    expect(['creating', 'available']).toContain(created.status);
    const ready = await waitStatus(() => api.volume.getVolume(created.id), ['available']);
    expect(ready.encrypted).toBe(false);

    const renamed = unique('vol');
    const updated = await api.volume.updateVolume(created.id, { name: renamed, description: '' });
    expect(updated).toMatchObject({ name: renamed, description: '' });

    await api.volume.deleteVolume(created.id);
    await waitGone(() => api.volume.getVolume(created.id));
    const gone = await failure(api.volume.getVolume(created.id));
    expect(gone.status).toBe(404);
    expect(gone.message).toBe(`Volume ${created.id} could not be found.`);
  });

  it('lists in pages with limit and marker, sorted and filtered by Cinder’s parameters', async () => {
    const name = unique('page');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await availableVolume(api, cleanup, name, { metadata: { n: String(i) } })).id);
    }
    // created_at has whole seconds on MariaDB: ties are broken by id, so the
    // expected order is the full list's.
    const order = { filters: { name }, sortKey: 'created_at', sortDir: 'asc' } as const;
    const all = (await api.volume.pageVolumes(order)).items.map((v) => v.id);
    expect([...all].sort()).toEqual([...ids].sort());
    const descending = await api.volume.pageVolumes({ ...order, sortDir: 'desc' });
    expect(descending.items.map((v) => v.id)).toEqual([...all].reverse());
    const first = await api.volume.pageVolumes({ ...order, limit: 2 });
    expect(first.items.map((v) => v.id)).toEqual(all.slice(0, 2));
    expect(first.next).toBe(all[1]);
    const second = await api.volume.pageVolumes({ ...order, limit: 2, marker: first.next });
    expect(second.items.map((v) => v.id)).toEqual(all.slice(2));
    expect(second.next).toBeUndefined();
    const byMetadata = await api.volume.pageVolumes({ filters: { name }, metadata: { n: '1' } });
    expect(byMetadata.items.map((v) => v.id)).toEqual([ids[1]]);

    const badMarker = await failure(api.volume.pageVolumes({ marker: NO_ID }));
    expect(badMarker.status).toBe(404);
    expect(badMarker.message).toBe(`Volume ${NO_ID} could not be found.`);
    const badSort = await failure(api.volume.pageVolumes({ sortKey: 'nonsense' }));
    expect(badSort.status).toBe(400);
    expect(badSort.message).toBe('Invalid input received: Invalid sort key');
    const badLimit = await failure(api.volume.pageVolumes({ limit: -1 }));
    expect(badLimit.message).toBe('limit param must be positive');
  });

  it('refuses bad sizes, names and references in Cinder’s words', async () => {
    const cases: [Parameters<Api['volume']['createVolume']>[0], number, string][] = [
      [
        { size: 0 },
        400,
        'Invalid input for field/attribute size. Value: 0. 0 is less than the minimum of 1',
      ],
      [
        { size: -1 },
        400,
        'Invalid input for field/attribute size. Value: -1. -1 is less than the minimum of 1',
      ],
      [
        { size: 1, name: 'x'.repeat(300) },
        400,
        'Invalid input received: name has 300 characters, more than 255.',
      ],
      [
        { size: 1, volumeType: 'no-such-type' },
        404,
        'Volume type with name no-such-type could not be found.',
      ],
      [{ size: 1, availabilityZone: 'nowhere' }, 400, "Availability zone 'nowhere' is invalid."],
      [
        { size: 1, source: { kind: 'snapshot', snapshotId: NO_ID } },
        404,
        `Snapshot ${NO_ID} could not be found.`,
      ],
      [
        { size: 1, source: { kind: 'volume', volumeId: NO_ID } },
        404,
        `Volume ${NO_ID} could not be found.`,
      ],
      [
        { size: 1, source: { kind: 'backup', backupId: NO_ID } },
        404,
        `Backup ${NO_ID} could not be found.`,
      ],
      [
        { size: 1, source: { kind: 'image', imageId: NO_ID } },
        400,
        'Invalid image identifier or unable to access requested image.',
      ],
    ];
    for (const [input, status, message] of cases) {
      const error = await failure(api.volume.createVolume(input));
      expect({ status: error.status, message: error.message }, JSON.stringify(input)).toEqual({
        status,
        message,
      });
    }
    const over = await failure(api.volume.createVolume({ size: 100_000 }));
    expect(over.status).toBe(413);
    expect(over.message).toMatch(
      /^VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota\. Requested 100000G, quota is \d+G and \d+G has been consumed\.$/,
    );
  });

  it('sets bootable and metadata, and refuses a smaller extend and a retype to the same type', async () => {
    const volume = await availableVolume(api, cleanup, unique('act'));
    await api.volume.setVolumeBootable(volume.id, true);
    await api.volume.updateVolumeMetadata(volume.id, { course: 'os101', keep: 'x' });
    await api.volume.updateVolumeMetadata(volume.id, {}, ['keep']);
    expect(await api.volume.getVolumeMetadata(volume.id)).toEqual({ course: 'os101' });
    const shown = await api.volume.getVolume(volume.id);
    expect(shown).toMatchObject({ bootable: 'true', metadata: { course: 'os101' } });
    const noKey = await failure(api.volume.updateVolumeMetadata(volume.id, {}, ['missing']));
    expect(noKey.status).toBe(404);
    expect(noKey.message).toBe(`Volume ${volume.id} has no metadata with key missing.`);

    const smaller = await failure(api.volume.extendVolume(volume.id, 1));
    expect(smaller.status).toBe(400);
    expect(smaller.message).toBe(
      'Invalid input received: New size for extend must be greater than current size. (current: 1, extended: 1).',
    );
    const zero = await failure(api.volume.extendVolume(volume.id, 0));
    expect(zero.message).toBe(
      'Invalid input for field/attribute new_size. Value: 0. 0 is less than the minimum of 1',
    );
    const same = await failure(api.volume.retypeVolume(volume.id, '__DEFAULT__', 'on-demand'));
    expect(same.status).toBe(400);
    expect(same.message).toBe(
      'Invalid volume: Retype needs volume to be in available or in-use state, not be part of an active migration or a consistency group, requested type has to be different that the one from the volume, and for in-use volumes front-end qos specs cannot change.',
    );
    const noType = await failure(api.volume.retypeVolume(volume.id, 'no-such-type'));
    expect(noType.status).toBe(404);
    expect(noType.message).toBe('Volume type with name no-such-type could not be found.');
  });

  it('extends a volume (extending → available, bigger)', async (ctx) => {
    if (!isSandbox()) {
      console.log(
        'skipped on the devcloud: its fake Cinder driver cannot extend (the volume goes to error_extending)',
      );
      return ctx.skip();
    }
    const volume = await availableVolume(api, cleanup, unique('ext'));
    await api.volume.extendVolume(volume.id, 2);
    const extended = await waitStatus(() => api.volume.getVolume(volume.id), ['available']);
    expect(extended.size).toBe(2);
  });

  it('makes a volume from another volume, of its size', async () => {
    const source = await availableVolume(api, cleanup, unique('src'));
    const copy = await availableVolume(api, cleanup, unique('copy'), {
      size: undefined,
      source: { kind: 'volume', volumeId: source.id },
    });
    expect(copy).toMatchObject({ size: 1, source_volid: source.id });
  });

  it('uploads a volume to an image (uploading → available, the image active)', async (ctx) => {
    if (!isSandbox()) {
      console.log(
        'skipped on the devcloud: its fake Cinder driver cannot copy volume data to Glance',
      );
      return ctx.skip();
    }
    const volume = await availableVolume(api, cleanup, unique('up'));
    const name = unique('img');
    const result = await api.volume.uploadVolumeToImage(volume.id, {
      imageName: name,
      diskFormat: 'qcow2',
    });
    expect(result).toMatchObject({
      id: volume.id,
      image_name: name,
      status: 'uploading',
      disk_format: 'qcow2',
    });
    await waitStatus(() => api.volume.getVolume(volume.id), ['available']);
    const image = await waitStatus(() => api.image.getImage(result.image_id), ['active']);
    expect(image.name).toBe(name);
    // Sandbox only, which starts fresh for every run: the image needs no clean-up.
  });
});
