import { describe, expect, it } from 'vitest';
import { createVolumeBody } from './volumes';

describe('createVolumeBody', () => {
  it('names each source under its own Cinder key', () => {
    expect(createVolumeBody({ size: 1, source: { kind: 'image', imageId: 'i' } })).toEqual({
      volume: { size: 1, imageRef: 'i' },
    });
    expect(createVolumeBody({ source: { kind: 'snapshot', snapshotId: 's' } })).toEqual({
      volume: { snapshot_id: 's' },
    });
    expect(createVolumeBody({ source: { kind: 'volume', volumeId: 'v' } }).volume).toEqual({
      source_volid: 'v',
    });
    expect(createVolumeBody({ source: { kind: 'backup', backupId: 'b' } }).volume).toEqual({
      backup_id: 'b',
    });
  });

  it('sends a blank volume with its type, zone and metadata, and leaves empty ones out', () => {
    expect(
      createVolumeBody({
        size: 2,
        name: 'n',
        description: '',
        volumeType: 'fast',
        availabilityZone: 'nova',
        metadata: { a: '1' },
      }),
    ).toEqual({
      volume: {
        size: 2,
        name: 'n',
        description: '',
        volume_type: 'fast',
        availability_zone: 'nova',
        metadata: { a: '1' },
      },
    });
    expect(createVolumeBody({ size: 1, volumeType: '', metadata: {} })).toEqual({
      volume: { size: 1 },
    });
  });
});
