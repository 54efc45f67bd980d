import { describe, expect, it } from 'vitest';
import {
  acceptTransferEquivalents,
  attachVolumeEquivalents,
  createBackupEquivalents,
  createVolumeEquivalents,
  deleteVolumeEquivalents,
  detachVolumeEquivalents,
  retypeVolumeEquivalents,
  volumeMetadataEquivalents,
} from './volumes-equivalents';

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
});

describe('the row actions', () => {
  it('attach and detach through Nova, as the CLI does', () => {
    expect(attachVolumeEquivalents('v', 's', '/dev/vdc').cli).toBe(
      'openstack server add volume --device /dev/vdc s v',
    );
    expect(attachVolumeEquivalents('v', 's', '').hot).toContain('OS::Cinder::VolumeAttachment');
    expect(detachVolumeEquivalents('v', 's').cli).toBe('openstack server remove volume s v');
  });

  it('backup, retype, transfer accept, metadata and delete', () => {
    expect(
      createBackupEquivalents('v', {
        name: 'b',
        description: '',
        container: 'c',
        incremental: true,
        force: true,
      }).cli,
    ).toBe('openstack volume backup create --name b --container c --incremental --force v');
    expect(retypeVolumeEquivalents('v', 'fast', 'on-demand').cli).toBe(
      'openstack volume set --type fast --retype-policy on-demand v',
    );
    expect(acceptTransferEquivalents('t', 'k').cli).toBe(
      'openstack volume transfer request accept --auth-key k t',
    );
    expect(volumeMetadataEquivalents('v', { a: '1 2' }, ['old']).cli).toBe(
      "openstack volume set --property 'a=1 2' v\nopenstack volume unset --property old v",
    );
    expect(deleteVolumeEquivalents(['a', 'b']).sdk).toContain(
      'conn.block_storage.delete_volume("b")',
    );
  });
});
