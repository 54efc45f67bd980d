// Cinder volume types, quotas, limits and zones (lib/openstack/volume/
// volume-types.ts, quotas.ts) against the target cloud.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '@/lib/openstack/api';
import type { DashboardToken } from '@/lib/session-token';
import { CinderCleanup } from './cinder-fixture';
import { apiFor, session, unique } from './context';
import { failure } from './failure';

let demo: DashboardToken;
let api: Api;
let admin: Api;
const cleanup = new CinderCleanup();

beforeAll(async () => {
  demo = await session('demo');
  api = await apiFor(demo);
  admin = await apiFor(await session('admin'));
});

afterAll(() => cleanup.run());

describe('volume types', () => {
  it('lists the default type to a member and refuses to let a member create one', async () => {
    const types = await api.volume.listVolumeTypes();
    const fallback = await api.volume.getDefaultVolumeType();
    expect(fallback).toMatchObject({ name: '__DEFAULT__', description: 'Default Volume Type' });
    expect(types.map((t) => t.name)).toContain('__DEFAULT__');
    const refused = await failure(api.volume.createVolumeType({ name: unique('type') }));
    expect(refused.status).toBe(403);
    expect(refused.message).toBe(
      "Policy doesn't allow volume_extension:type_create to be performed.",
    );
  });

  it('lets an admin create a type with extra specs, change them and delete it', async () => {
    const name = unique('type');
    const created = await admin.volume.createVolumeType({
      name,
      description: 'fast disks',
      extraSpecs: { volume_backend_name: 'fake' },
    });
    cleanup.type(admin, created.id);
    expect(created).toMatchObject({
      name,
      description: 'fast disks',
      extra_specs: { volume_backend_name: 'fake' },
    });
    const duplicate = await failure(admin.volume.createVolumeType({ name }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.message).toBe(`Volume Type ${name} already exists.`);

    await admin.volume.updateVolumeTypeExtraSpecs(created.id, { tier: 'gold' });
    await admin.volume.updateVolumeTypeExtraSpecs(created.id, {}, ['volume_backend_name']);
    expect(await admin.volume.getVolumeTypeExtraSpecs(created.id)).toEqual({ tier: 'gold' });
    const noKey = await failure(
      admin.volume.updateVolumeTypeExtraSpecs(created.id, {}, ['missing']),
    );
    expect(noKey.status).toBe(404);
    expect(noKey.message).toBe(`Volume Type ${created.id} has no extra specs with key missing.`);
    expect((await admin.volume.getVolumeType(created.id)).name).toBe(name);

    await admin.volume.deleteVolumeType(created.id);
    const gone = await failure(admin.volume.getVolumeType(created.id));
    expect(gone.status).toBe(404);
    expect(gone.message).toBe(`Volume type ${created.id} could not be found.`);
  });

  it('refuses to delete the default type', async () => {
    const fallback = await admin.volume.getDefaultVolumeType();
    const refused = await failure(admin.volume.deleteVolumeType(fallback.id));
    expect(refused.status).toBe(400);
    expect(refused.message).toBe(
      `The volume type ${fallback.id} is a default volume type and cannot be deleted.`,
    );
  });
});

describe('volume quotas, limits and zones', () => {
  it('shows limits and usage that agree, defaults, and the nova zone', async () => {
    const usage = await api.volume.getVolumeQuotaUsage(demo.project.id);
    for (const key of ['volumes', 'gigabytes', 'snapshots', 'backups', 'backup_gigabytes']) {
      expect(usage[key]?.limit, key).toBeGreaterThanOrEqual(-1);
      expect(usage[key]?.inUse, key).toBeGreaterThanOrEqual(0);
    }
    const limits = await api.volume.getVolumeLimits();
    expect(limits.maxTotalVolumes).toBe(usage.volumes?.limit);
    expect(limits.totalVolumesUsed).toBe(usage.volumes?.inUse);
    expect(limits.maxTotalVolumeGigabytes).toBe(usage.gigabytes?.limit);
    const defaults = await api.volume.getVolumeQuotaDefaults(demo.project.id);
    expect(defaults).toMatchObject({ volumes: 10, gigabytes: 1000, snapshots: 10, backups: 10 });
    expect(await api.volume.listVolumeAvailabilityZones()).toEqual([
      { zoneName: 'nova', zoneState: { available: true } },
    ]);
  });

  it('lets only an admin change a quota, and refuses a limit below -1', async () => {
    const refused = await failure(api.volume.updateVolumeQuotas(demo.project.id, { volumes: 11 }));
    expect(refused.status).toBe(403);
    expect(refused.message).toBe(
      "Policy doesn't allow volume_extension:quotas:update to be performed.",
    );
    const before = (await admin.volume.getVolumeQuotaUsage(demo.project.id)).snapshots?.limit ?? 10;
    try {
      const after = await admin.volume.updateVolumeQuotas(demo.project.id, {
        snapshots: before + 1,
      });
      expect(after.snapshots).toBe(before + 1);
      const bad = await failure(admin.volume.updateVolumeQuotas(demo.project.id, { volumes: -5 }));
      expect(bad.status).toBe(400);
      expect(bad.message).toBe('volumes must be >= -1');
      const unknown = await failure(admin.volume.updateVolumeQuotas(demo.project.id, { foo: 1 }));
      expect(unknown.message).toBe('Invalid input received: Bad key(s) in quota set: foo');
    } finally {
      await admin.volume.updateVolumeQuotas(demo.project.id, { snapshots: before });
    }
  });
});
