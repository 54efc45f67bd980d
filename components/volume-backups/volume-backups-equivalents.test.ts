import { describe, expect, it } from 'vitest';
import { deleteBackupEquivalents, restoreBackupEquivalents } from './volume-backups-equivalents';

describe('volume backup equivalents', () => {
  it('restore to an existing volume with --force, or to a new one by name', () => {
    expect(restoreBackupEquivalents('b1', { volumeId: 'v1' }).cli).toBe(
      'openstack volume backup restore --force b1 v1',
    );
    expect(restoreBackupEquivalents('b1', { volumeId: 'v1' }).sdk).toContain(
      'conn.block_storage.restore_backup("b1", volume_id="v1")',
    );
    const fresh = restoreBackupEquivalents('b1', { name: 'new vol' });
    expect(fresh.cli).toBe("openstack volume backup restore b1 'new vol'");
    expect(fresh.sdk).toContain('conn.block_storage.restore_backup("b1", name="new vol")');
    expect(fresh.hot).toContain(
      '    type: OS::Cinder::Volume\n    properties:\n      name: new vol\n      backup_id: b1',
    );
    expect(restoreBackupEquivalents('b1', { name: '' }).cli).toBe(
      'openstack volume backup restore b1',
    );
  });

  it('delete several', () => {
    expect(deleteBackupEquivalents(['a', 'b']).cli).toBe('openstack volume backup delete a b');
    expect(deleteBackupEquivalents(['a']).sdk).toContain('conn.block_storage.delete_backup("a")');
  });
});
