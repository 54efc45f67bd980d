import { describe, expect, it } from 'vitest';
import { checkQuota, projectUsage } from './quota-math';
import { emptyVolumeRegion, type VolumeRecord } from './schema';
import { settle, stepsFrom } from './volume-store';

function volume(fields: Partial<VolumeRecord>): VolumeRecord {
  return {
    id: crypto.randomUUID(),
    projectId: 'p',
    userId: 'u',
    name: null,
    description: null,
    size: 1,
    status: 'available',
    steps: [],
    typeId: 't',
    availabilityZone: 'nova',
    bootable: false,
    metadata: {},
    imageMetadata: null,
    snapshotId: null,
    sourceVolumeId: null,
    backupId: null,
    attachments: [],
    pending: { size: null, typeId: null },
    createdAt: 0,
    updatedAt: null,
    ...fields,
  };
}

describe('Cinder quota arithmetic', () => {
  it('counts volumes and snapshots in gigabytes and names what is over', () => {
    const region = emptyVolumeRegion();
    region.volumes.push(volume({ size: 995 }));
    region.snapshots.push({
      id: 's',
      projectId: 'p',
      userId: 'u',
      volumeId: 'v',
      name: null,
      description: null,
      size: 3,
      status: 'available',
      steps: [],
      metadata: {},
      createdAt: 0,
      updatedAt: null,
    });
    expect(projectUsage(region, 'p')).toMatchObject({ volumes: 1, gigabytes: 998, snapshots: 1 });
    expect(() => checkQuota(region, 'p', { resource: 'volumes', size: 10, count: 1 })).toThrow(
      'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 10G, quota is 1000G and 998G has been consumed.',
    );
    expect(() => checkQuota(region, 'p', { resource: 'volumes', size: 2, count: 1 })).not.toThrow();
    expect(() =>
      checkQuota(region, 'other', { resource: 'volumes', size: 10, count: 1 }),
    ).not.toThrow();
  });

  it('refuses the eleventh volume with the count text, and honours per-project limits', () => {
    const region = emptyVolumeRegion();
    for (let i = 0; i < 10; i += 1) region.volumes.push(volume({}));
    expect(() => checkQuota(region, 'p', { resource: 'volumes', size: 1, count: 1 })).toThrow(
      "VolumeLimitExceeded: Maximum number of volumes allowed (10) exceeded for quota 'volumes'.",
    );
    expect(() => checkQuota(region, 'p', { resource: 'volumes', size: 1, count: 0 })).not.toThrow();
    region.quotaLimits.push({ projectId: 'p', resource: 'volumes', limit: -1 });
    expect(() => checkQuota(region, 'p', { resource: 'volumes', size: 1, count: 1 })).not.toThrow();
  });
});

describe('timed status steps', () => {
  it('moves a volume through its steps as time passes, applying their effects', () => {
    const region = emptyVolumeRegion();
    const v = volume({ status: 'extending', pending: { size: 5, typeId: null } });
    v.steps = stepsFrom(1000, ['available', 100, ['extend']]);
    region.volumes.push(v);
    expect(settle(region, 1050)).toBe(false);
    expect(v).toMatchObject({ status: 'extending', size: 1 });
    expect(settle(region, 1100)).toBe(true);
    expect(v).toMatchObject({ status: 'available', size: 5, pending: { size: null } });
    v.steps = stepsFrom(2000, ['deleted', 10, ['remove']]);
    settle(region, 2010);
    expect(region.volumes).toEqual([]);
  });
});
