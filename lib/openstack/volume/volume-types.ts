// Cinder volume types and their extra specs. api-ref: block-storage v3, "Volume
// types (types)"; creating, changing and deleting them is for administrators.
import { keyValues } from './key-values';
import {
  volumeTypeBodySchema,
  volumeTypeEncryptionSchema,
  volumeTypeListSchema,
  type VolumeType,
  type VolumeTypeEncryption,
} from './volume-type-schemas';
import { osFetch, osSend, seg, type Transport } from '../http';

export interface CreateVolumeTypeInput {
  name: string;
  description?: string;
  isPublic?: boolean;
  extraSpecs?: Record<string, string>;
}

export function volumeTypesApi(t: Transport) {
  return {
    /** GET /types; `all` (admins) lists private types too. */
    async listVolumeTypes(opts: { all?: boolean } = {}): Promise<VolumeType[]> {
      return (
        await osFetch(
          t,
          {
            service: 'volumev3',
            path: '/types',
            query: { is_public: opts.all ? 'None' : undefined },
          },
          volumeTypeListSchema,
        )
      ).volume_types;
    },

    async getVolumeType(id: string): Promise<VolumeType> {
      return (
        await osFetch(t, { service: 'volumev3', path: `/types/${seg(id)}` }, volumeTypeBodySchema)
      ).volume_type;
    },

    /** GET /types/default: the type a volume gets when none is named. */
    async getDefaultVolumeType(): Promise<VolumeType> {
      return (
        await osFetch(t, { service: 'volumev3', path: '/types/default' }, volumeTypeBodySchema)
      ).volume_type;
    },

    async createVolumeType(input: CreateVolumeTypeInput): Promise<VolumeType> {
      const volumeType: Record<string, unknown> = { name: input.name };
      if (input.description !== undefined) volumeType.description = input.description;
      if (input.isPublic !== undefined)
        volumeType['os-volume-type-access:is_public'] = input.isPublic;
      if (input.extraSpecs && Object.keys(input.extraSpecs).length > 0) {
        volumeType.extra_specs = input.extraSpecs;
      }
      return (
        await osFetch(
          t,
          {
            service: 'volumev3',
            method: 'POST',
            path: '/types',
            body: { volume_type: volumeType },
          },
          volumeTypeBodySchema,
        )
      ).volume_type;
    },

    async deleteVolumeType(id: string): Promise<void> {
      await osSend(t, { service: 'volumev3', method: 'DELETE', path: `/types/${seg(id)}` });
    },

    async getVolumeTypeExtraSpecs(id: string): Promise<Record<string, string>> {
      return keyValues(t, `/types/${seg(id)}/extra_specs`, 'extra_specs').get();
    },

    /** Sets `set` (merged) and deletes the keys in `unset`. */
    async updateVolumeTypeExtraSpecs(
      id: string,
      set: Record<string, string>,
      unset: string[] = [],
    ): Promise<void> {
      await keyValues(t, `/types/${seg(id)}/extra_specs`, 'extra_specs').update(set, unset);
    },

    /** GET /types/{id}/encryption (admins); undefined when the type is not encrypted. */
    async getVolumeTypeEncryption(id: string): Promise<VolumeTypeEncryption | undefined> {
      const body = await osFetch(
        t,
        { service: 'volumev3', path: `/types/${seg(id)}/encryption` },
        volumeTypeEncryptionSchema,
      );
      return body.provider ? body : undefined;
    },
  };
}
