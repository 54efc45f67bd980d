// Block storage (Cinder v3) calls. api-ref: block-storage v3. The catalog
// endpoint already ends in /v3/{project_id}.
import {
  volumeListSchema,
  volumeQuotaUsageSchema,
  volumeSnapshotListSchema,
  type Volume,
  type VolumeSnapshot,
} from '@/lib/openstack/volume/cinder-schemas';
import { osFetch, seg, type QueryValue, type Transport } from '../http';
import type { QuotaUsage } from '../quota-usage';

export function volumeApi(t: Transport) {
  return {
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

    /** GET /os-quota-sets/{project}?usage=True: limit and in_use per resource. */
    async getVolumeQuotaUsage(projectId: string): Promise<Record<string, QuotaUsage>> {
      const body = await osFetch(
        t,
        { service: 'volumev3', path: `/os-quota-sets/${seg(projectId)}`, query: { usage: 'True' } },
        volumeQuotaUsageSchema,
      );
      const usage: Record<string, QuotaUsage> = {};
      for (const [key, value] of Object.entries(body.quota_set)) {
        if (typeof value === 'object') usage[key] = { limit: value.limit, inUse: value.in_use };
      }
      return usage;
    },
  };
}
