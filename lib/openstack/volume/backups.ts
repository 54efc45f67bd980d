// Cinder backups. api-ref: block-storage v3, "Backups (backups)".
import { cinderQuery, pageOf, type CinderListQuery } from './cinder-list';
import {
  backupBodySchema,
  backupCreatedSchema,
  backupPageSchema,
  restoreSchema,
  type BackupDetail,
  type BackupRestore,
} from './snapshot-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';
import type { ListResult } from '../pagination';

export interface CreateBackupInput {
  volumeId: string;
  name?: string;
  description?: string;
  container?: string;
  incremental?: boolean;
  /** Back up an in-use volume. */
  force?: boolean;
  snapshotId?: string;
}

export function backupsApi(t: Transport) {
  return {
    /** GET /backups/detail, one page. */
    async pageBackups(query: CinderListQuery = {}): Promise<ListResult<BackupDetail>> {
      const body = await osFetch(
        t,
        { service: 'volumev3', path: '/backups/detail', query: cinderQuery(query) },
        backupPageSchema,
      );
      return pageOf(body.backups, body.backups_links);
    },

    async getBackup(id: string): Promise<BackupDetail> {
      return (
        await osFetch(t, { service: 'volumev3', path: `/backups/${seg(id)}` }, backupBodySchema)
      ).backup;
    },

    /** POST /backups; Cinder answers only the id and name. */
    async createBackup(input: CreateBackupInput): Promise<{ id: string; name?: string | null }> {
      const backup: Record<string, unknown> = { volume_id: input.volumeId };
      if (input.name !== undefined) backup.name = input.name;
      if (input.description !== undefined) backup.description = input.description;
      if (input.container) backup.container = input.container;
      if (input.incremental !== undefined) backup.incremental = input.incremental;
      if (input.force !== undefined) backup.force = input.force;
      if (input.snapshotId) backup.snapshot_id = input.snapshotId;
      const body = await osFetch(
        t,
        { service: 'volumev3', method: 'POST', path: '/backups', body: { backup } },
        backupCreatedSchema,
      );
      return { id: body.backup.id, name: body.backup.name };
    },

    /** Restores to an existing volume (`volumeId`) or to a new one (named `name`). */
    async restoreBackup(
      id: string,
      target: { volumeId?: string; name?: string } = {},
    ): Promise<BackupRestore> {
      const restore: Record<string, unknown> = {};
      if (target.volumeId) restore.volume_id = target.volumeId;
      if (target.name) restore.name = target.name;
      return (
        await osFetch(
          t,
          {
            service: 'volumev3',
            method: 'POST',
            path: `/backups/${seg(id)}/restore`,
            body: { restore },
          },
          restoreSchema,
        )
      ).restore;
    },

    async deleteBackup(id: string): Promise<void> {
      await osSend(t, { service: 'volumev3', method: 'DELETE', path: `/backups/${seg(id)}` });
    },
  };
}
