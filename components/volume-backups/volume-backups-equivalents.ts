// Project → Volumes → Backups: the equivalent commands. Backups cannot be made on
// the devcloud (no cinder-backup service), so only the sandbox runs them in e2e.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

/** Restore to an existing volume (`volumeId`) or to a new one (named `name`, or unnamed). */
export function restoreBackupEquivalents(
  backupId: string,
  target: { volumeId?: string; name?: string },
): Equivalents {
  if (target.volumeId) {
    return {
      cli: `openstack volume backup restore --force ${sh(backupId)} ${sh(target.volumeId)}`,
      sdk: [
        ...SDK_CONNECT_LINES,
        `conn.block_storage.restore_backup(${py(backupId)}, volume_id=${py(target.volumeId)})`,
      ].join('\n'),
      hot: [
        '# Heat restores a backup only into a new volume (OS::Cinder::Volume with',
        '# backup_id); writing it over an existing volume is done with the CLI or the SDK.',
      ].join('\n'),
    };
  }
  const name = target.name ?? '';
  const resource = hotName(name, 'volume');
  return {
    cli: `openstack volume backup restore ${sh(backupId)}${name ? ` ${sh(name)}` : ''}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `restore = conn.block_storage.restore_backup(${py(backupId)}${name ? `, name=${py(name)}` : ''})`,
      'print(restore["volume_id"])',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Cinder::Volume',
      '    properties:',
      ...(name ? [`      name: ${yaml(name)}`] : []),
      `      backup_id: ${yaml(backupId)}`,
      '',
      'outputs:',
      '  volume_id:',
      `    value: { get_resource: ${resource} }`,
    ].join('\n'),
  };
}

export function deleteBackupEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack volume backup delete ${ids.map(sh).join(' ')}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map((id) => `conn.block_storage.delete_backup(${py(id)})`),
    ].join('\n'),
    hot: [
      '# Heat has no resource for a volume backup: use the CLI or the SDK.',
      '# A volume restored from one by a stack is an OS::Cinder::Volume with backup_id.',
    ].join('\n'),
  };
}
