// Cinder volumes. api-ref: block-storage v3, "Volumes (volumes)", "Volume actions
// (volumes, action)" and "Volume metadata".
import { cinderQuery, pageOf, type CinderListQuery } from './cinder-list';
import { keyValues } from './key-values';
import {
  uploadImageResultSchema,
  volumeBodySchema,
  volumePageSchema,
  type CreateVolumeInput,
  type UploadImageInput,
  type UploadImageResult,
  type VolumeDetail,
} from './volume-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';
import type { ListResult } from '../pagination';

/** The body of POST /volumes for a create form's input. */
export function createVolumeBody(input: CreateVolumeInput): { volume: Record<string, unknown> } {
  const volume: Record<string, unknown> = {};
  if (input.size !== undefined) volume.size = input.size;
  if (input.name !== undefined) volume.name = input.name;
  if (input.description !== undefined) volume.description = input.description;
  if (input.volumeType) volume.volume_type = input.volumeType;
  if (input.availabilityZone) volume.availability_zone = input.availabilityZone;
  if (input.metadata && Object.keys(input.metadata).length > 0) volume.metadata = input.metadata;
  const source = input.source ?? { kind: 'blank' };
  switch (source.kind) {
    case 'image':
      volume.imageRef = source.imageId;
      break;
    case 'snapshot':
      volume.snapshot_id = source.snapshotId;
      break;
    case 'volume':
      volume.source_volid = source.volumeId;
      break;
    case 'backup':
      volume.backup_id = source.backupId;
      break;
    case 'blank':
      break;
  }
  return { volume };
}

export type MigrationPolicy = 'never' | 'on-demand';

export function volumesApi(t: Transport) {
  const action = (id: string, body: unknown) =>
    osSend(t, {
      service: 'volumev3',
      method: 'POST',
      path: `/volumes/${seg(id)}/action`,
      body,
    });

  return {
    /** GET /volumes/detail, one page. */
    async pageVolumes(query: CinderListQuery = {}): Promise<ListResult<VolumeDetail>> {
      const body = await osFetch(
        t,
        { service: 'volumev3', path: '/volumes/detail', query: cinderQuery(query) },
        volumePageSchema,
      );
      return pageOf(body.volumes, body.volumes_links);
    },

    async getVolume(id: string): Promise<VolumeDetail> {
      return (
        await osFetch(t, { service: 'volumev3', path: `/volumes/${seg(id)}` }, volumeBodySchema)
      ).volume;
    },

    async createVolume(input: CreateVolumeInput): Promise<VolumeDetail> {
      return (
        await osFetch(
          t,
          { service: 'volumev3', method: 'POST', path: '/volumes', body: createVolumeBody(input) },
          volumeBodySchema,
        )
      ).volume;
    },

    /** PUT /volumes/{id}: name and description (Horizon's Edit Volume). */
    async updateVolume(
      id: string,
      input: { name?: string; description?: string },
    ): Promise<VolumeDetail> {
      return (
        await osFetch(
          t,
          {
            service: 'volumev3',
            method: 'PUT',
            path: `/volumes/${seg(id)}`,
            body: { volume: input },
          },
          volumeBodySchema,
        )
      ).volume;
    },

    /** DELETE /volumes/{id}; `cascade` deletes its snapshots too. */
    async deleteVolume(id: string, opts: { cascade?: boolean } = {}): Promise<void> {
      await osSend(t, {
        service: 'volumev3',
        method: 'DELETE',
        path: `/volumes/${seg(id)}`,
        query: { cascade: opts.cascade ? 'true' : undefined },
      });
    },

    async extendVolume(id: string, newSize: number): Promise<void> {
      await action(id, { 'os-extend': { new_size: newSize } });
    },

    async retypeVolume(
      id: string,
      newType: string,
      policy: MigrationPolicy = 'never',
    ): Promise<void> {
      await action(id, { 'os-retype': { new_type: newType, migration_policy: policy } });
    },

    async setVolumeBootable(id: string, bootable: boolean): Promise<void> {
      await action(id, { 'os-set_bootable': { bootable } });
    },

    /** os-volume_upload_image: Cinder makes a Glance image from the volume. */
    async uploadVolumeToImage(id: string, input: UploadImageInput): Promise<UploadImageResult> {
      const body: Record<string, unknown> = {
        image_name: input.imageName,
        disk_format: input.diskFormat ?? 'raw',
        container_format: input.containerFormat ?? 'bare',
      };
      if (input.force !== undefined) body.force = input.force;
      if (input.visibility) body.visibility = input.visibility;
      if (input.protected !== undefined) body.protected = input.protected;
      const result = await osFetch(
        t,
        {
          service: 'volumev3',
          method: 'POST',
          path: `/volumes/${seg(id)}/action`,
          body: { 'os-volume_upload_image': body },
        },
        uploadImageResultSchema,
      );
      return result['os-volume_upload_image'];
    },

    /** Admin: os-reset_status (a volume stuck in a transitional or error state). */
    async resetVolumeStatus(id: string, status: string): Promise<void> {
      await action(id, { 'os-reset_status': { status } });
    },

    async getVolumeMetadata(id: string): Promise<Record<string, string>> {
      return keyValues(t, `/volumes/${seg(id)}/metadata`, 'metadata').get();
    },

    /** Sets `set` (merged with what is there) and removes the keys in `unset`. */
    async updateVolumeMetadata(
      id: string,
      set: Record<string, string>,
      unset: string[] = [],
    ): Promise<void> {
      await keyValues(t, `/volumes/${seg(id)}/metadata`, 'metadata').update(set, unset);
    },
  };
}
