// Cinder quotas, limits and zones. api-ref: block-storage v3, "Quota sets
// extension (os-quota-sets)", "Limits (limits)", "Availability zones
// (os-availability-zone)".
import {
  absoluteLimitsSchema,
  availabilityZonesSchema,
  quotaSetSchema,
  quotaUsageSetSchema,
  type VolumeAvailabilityZone,
} from './volume-type-schemas';
import { osFetch, seg, type Transport } from '../http';
import type { QuotaUsage } from '../quota-usage';

/** The numeric entries of a quota_set (it also holds its `id`). */
export function quotaNumbers(set: Record<string, number | string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(set)) if (typeof value === 'number') out[key] = value;
  return out;
}

export function volumeQuotasApi(t: Transport) {
  return {
    /** GET /os-quota-sets/{project}?usage=True: limit and in_use per resource. */
    async getVolumeQuotaUsage(projectId: string): Promise<Record<string, QuotaUsage>> {
      const body = await osFetch(
        t,
        { service: 'volumev3', path: `/os-quota-sets/${seg(projectId)}`, query: { usage: 'True' } },
        quotaUsageSetSchema,
      );
      const usage: Record<string, QuotaUsage> = {};
      for (const [key, value] of Object.entries(body.quota_set)) {
        if (typeof value === 'object') usage[key] = { limit: value.limit, inUse: value.in_use };
      }
      return usage;
    },

    async getVolumeQuotaDefaults(projectId: string): Promise<Record<string, number>> {
      const body = await osFetch(
        t,
        { service: 'volumev3', path: `/os-quota-sets/${seg(projectId)}/defaults` },
        quotaSetSchema,
      );
      return quotaNumbers(body.quota_set);
    },

    /** Admin: PUT /os-quota-sets/{project}; answers the limits now in force. */
    async updateVolumeQuotas(
      projectId: string,
      limits: Record<string, number>,
    ): Promise<Record<string, number>> {
      const body = await osFetch(
        t,
        {
          service: 'volumev3',
          method: 'PUT',
          path: `/os-quota-sets/${seg(projectId)}`,
          body: { quota_set: limits },
        },
        quotaSetSchema,
      );
      return quotaNumbers(body.quota_set);
    },

    /** GET /limits: maxTotalVolumes, totalGigabytesUsed and the like. */
    async getVolumeLimits(): Promise<Record<string, number>> {
      return (await osFetch(t, { service: 'volumev3', path: '/limits' }, absoluteLimitsSchema))
        .limits.absolute;
    },

    async listVolumeAvailabilityZones(): Promise<VolumeAvailabilityZone[]> {
      return (
        await osFetch(
          t,
          { service: 'volumev3', path: '/os-availability-zone' },
          availabilityZonesSchema,
        )
      ).availabilityZoneInfo;
    },
  };
}
