import { describe, expect, it } from 'vitest';
import { createVolumeEquivalents } from './cinder-volume';

describe('createVolumeEquivalents', () => {
  it('names the source with the flag, keyword and property of each client', () => {
    const eq = createVolumeEquivalents({
      name: 'data',
      description: "it's <b>",
      size: '2',
      source: 'snapshot',
      sourceId: 'snap-1',
      type: '__DEFAULT__',
      availabilityZone: 'nova',
    });
    expect(eq.cli).toBe(
      `openstack volume create --size 2 --snapshot snap-1 --type __DEFAULT__ --availability-zone nova --description 'it'"'"'s <b>' data`,
    );
    expect(eq.sdk).toContain('    snapshot_id="snap-1",');
    expect(eq.hot).toContain('      snapshot_id: snap-1');
    expect(eq.hot).toContain('type: OS::Cinder::Volume');
  });

  it('uses image_id / imageRef names and a placeholder for a size not yet valid', () => {
    const eq = createVolumeEquivalents({
      name: '',
      description: '',
      size: '-1',
      source: 'image',
      sourceId: 'img',
      type: '',
      availabilityZone: '',
    });
    expect(eq.cli).toBe('openstack volume create --size -1 --image img');
    expect(eq.sdk).toContain('size=<size>');
    expect(eq.sdk).toContain('image_id="img"');
    expect(eq.hot).toContain('      image: img');
  });

  it('copies a volume with --source / source_volume_id / source_volid', () => {
    const eq = createVolumeEquivalents({
      name: 'copy',
      description: '',
      size: '3',
      source: 'volume',
      sourceId: 'vol-1',
      type: '',
      availabilityZone: '',
    });
    expect(eq.cli).toBe('openstack volume create --size 3 --source vol-1 copy');
    expect(eq.sdk).toContain('    source_volume_id="vol-1",');
    expect(eq.hot).toContain('      source_volid: vol-1');
  });

  it('makes a blank volume with the size alone', () => {
    const eq = createVolumeEquivalents({
      name: 'empty',
      description: '',
      size: '1',
      source: 'blank',
      sourceId: '',
      type: '',
      availabilityZone: '',
    });
    expect(eq.cli).toBe('openstack volume create --size 1 empty');
    expect(eq.hot).not.toMatch(/image|snapshot_id|source_volid/);
  });
});
