import { describe, expect, it } from 'vitest';
import {
  acceptTransferEquivalents,
  attachVolumeEquivalents,
  createBackupEquivalents,
  deleteVolumeEquivalents,
  detachVolumeEquivalents,
  retypeVolumeEquivalents,
  volumeMetadataEquivalents,
} from './volumes-equivalents';

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
