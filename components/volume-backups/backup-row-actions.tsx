// Project → Volumes → Backups row actions, with Horizon's labels.
import { deleteAction } from '@/components/resource/delete-action';
import { formText } from '@/lib/forms/text';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { NEW_VOLUME, restoreBackupInput } from './backup-inputs';
import { deleteBackupEquivalents, restoreBackupEquivalents } from './volume-backups-equivalents';
import type { BackupRow } from './backup-row';

const restoreBackup = formRowAction<BackupRow, typeof restoreBackupInput>({
  id: 'restore',
  label: 'Restore Backup',
  allowed: (b) => (b.status === 'available' ? true : 'Only an available backup can be restored.'),
  form: async ({ api }, backup) => {
    const volumes = await api.volume.listVolumes({ status: 'available' });
    return {
      title: 'Restore Volume Backup',
      submitLabel: 'Restore Backup to Volume',
      description: `Restoring writes the data of backup "${backup.name}" into a volume: a new one, or an existing available volume, whose data is replaced. An existing volume must be at least as large as the backup (${backup.size ?? '?'} GiB).`,
      schema: restoreBackupInput,
      defaults: { volume_id: NEW_VOLUME, name: '' },
      fields: [
        {
          name: 'volume_id',
          label: 'Select Volume',
          kind: 'select',
          options: [
            { value: NEW_VOLUME, label: 'Create a New Volume' },
            ...volumes.map((v) => ({
              value: v.id,
              label: `${v.name || v.id} (${v.size} GiB)`,
            })),
          ],
        },
        {
          name: 'name',
          label: 'Volume Name',
          kind: 'text',
          help: 'Optional: Cinder names the new volume after the backup when left empty.',
          visible: (values) => values.volume_id === NEW_VOLUME,
        },
      ],
    };
  },
  run: async ({ api }, backup, input) => {
    await api.volume.restoreBackup(
      backup.id,
      input.volume_id ? { volumeId: input.volume_id } : input.name ? { name: input.name } : {},
    );
  },
  success: ([b]) => `Restoring backup "${b?.name ?? ''}".`,
  failure: (b) => `Unable to restore backup: ${b.name}`,
  equivalents: ([backup], values) => {
    const volumeId = formText(values, 'volume_id');
    return restoreBackupEquivalents(
      backup?.id ?? '<backup>',
      volumeId ? { volumeId } : { name: formText(values, 'name') },
    );
  },
});

const deleteBackup = deleteAction<BackupRow>({
  singular: 'Volume Backup',
  plural: 'Volume Backups',
  body: 'This action cannot be undone. Volumes restored from the backup keep their data.',
  done: 'Scheduled deletion of',
  removesRow: false,
  run: ({ api }, b) => api.volume.deleteBackup(b.id),
  equivalents: (rows) => deleteBackupEquivalents(rows.map((b) => b.id)),
});

export const backupRowActions: RowAction<BackupRow>[] = [restoreBackup, deleteBackup];
