// Cinder volume snapshots. api-ref: block-storage v3, "Volume snapshots (snapshots)".
import { cinderQuery, pageOf, type CinderListQuery } from './cinder-list';
import { keyValues } from './key-values';
import { snapshotBodySchema, snapshotPageSchema, type SnapshotDetail } from './snapshot-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';
import type { ListResult } from '../pagination';

export interface CreateSnapshotInput {
  volumeId: string;
  name?: string;
  description?: string;
  /** Snapshot an in-use volume. */
  force?: boolean;
  metadata?: Record<string, string>;
}

export function snapshotsApi(t: Transport) {
  return {
    /** GET /snapshots/detail, one page. */
    async pageSnapshots(query: CinderListQuery = {}): Promise<ListResult<SnapshotDetail>> {
      const body = await osFetch(
        t,
        { service: 'volumev3', path: '/snapshots/detail', query: cinderQuery(query) },
        snapshotPageSchema,
      );
      return pageOf(body.snapshots, body.snapshots_links);
    },

    async getSnapshot(id: string): Promise<SnapshotDetail> {
      return (
        await osFetch(t, { service: 'volumev3', path: `/snapshots/${seg(id)}` }, snapshotBodySchema)
      ).snapshot;
    },

    async createSnapshot(input: CreateSnapshotInput): Promise<SnapshotDetail> {
      const snapshot: Record<string, unknown> = { volume_id: input.volumeId };
      if (input.name !== undefined) snapshot.name = input.name;
      if (input.description !== undefined) snapshot.description = input.description;
      if (input.force !== undefined) snapshot.force = input.force;
      if (input.metadata) snapshot.metadata = input.metadata;
      return (
        await osFetch(
          t,
          { service: 'volumev3', method: 'POST', path: '/snapshots', body: { snapshot } },
          snapshotBodySchema,
        )
      ).snapshot;
    },

    async updateSnapshot(
      id: string,
      input: { name?: string; description?: string },
    ): Promise<SnapshotDetail> {
      return (
        await osFetch(
          t,
          {
            service: 'volumev3',
            method: 'PUT',
            path: `/snapshots/${seg(id)}`,
            body: { snapshot: input },
          },
          snapshotBodySchema,
        )
      ).snapshot;
    },

    async deleteSnapshot(id: string): Promise<void> {
      await osSend(t, { service: 'volumev3', method: 'DELETE', path: `/snapshots/${seg(id)}` });
    },

    async getSnapshotMetadata(id: string): Promise<Record<string, string>> {
      return keyValues(t, `/snapshots/${seg(id)}/metadata`, 'metadata').get();
    },

    /** Sets `set` (merged with what is there) and removes the keys in `unset`. */
    async updateSnapshotMetadata(
      id: string,
      set: Record<string, string>,
      unset: string[] = [],
    ): Promise<void> {
      await keyValues(t, `/snapshots/${seg(id)}/metadata`, 'metadata').update(set, unset);
    },
  };
}
