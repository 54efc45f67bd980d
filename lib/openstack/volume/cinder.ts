// Block storage (Cinder v3) calls, by api-ref section. The catalog endpoint
// already ends in /v3/{project_id}. The first two calls are the Launch Instance
// wizard's; the panels use the paged ones.
import { backupsApi } from './backups';
import {
  volumeListSchema,
  volumeSnapshotListSchema,
  type Volume,
  type VolumeSnapshot,
} from './cinder-schemas';
import { volumeQuotasApi } from './quotas';
import { volumeServicesApi } from './services';
import { snapshotsApi } from './snapshots';
import { transfersApi } from './transfers';
import { volumeTypesApi } from './volume-types';
import { volumesApi } from './volumes';
import { osFetch, type QueryValue, type Transport } from '../http';

export function volumeApi(t: Transport) {
  return {
    ...volumeServicesApi(t),
    async listVolumes(filters: Record<string, QueryValue> = {}): Promise<Volume[]> {
      return (
        await osFetch(
          t,
          { service: 'volumev3', path: '/volumes/detail', query: filters },
          volumeListSchema,
        )
      ).volumes;
    },

    async listVolumeSnapshots(filters: Record<string, QueryValue> = {}): Promise<VolumeSnapshot[]> {
      return (
        await osFetch(
          t,
          { service: 'volumev3', path: '/snapshots/detail', query: filters },
          volumeSnapshotListSchema,
        )
      ).snapshots;
    },

    ...volumesApi(t),
    ...snapshotsApi(t),
    ...backupsApi(t),
    ...transfersApi(t),
    ...volumeTypesApi(t),
    ...volumeQuotasApi(t),
  };
}

export type VolumeApi = ReturnType<typeof volumeApi>;
