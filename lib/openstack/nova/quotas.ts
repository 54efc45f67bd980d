// Nova limits, quotas, availability zones and usage. api-ref: compute v2.1,
// "Limits", "Quota sets (os-quota-sets)", "Availability zones", "Usage reports".
import {
  availabilityZoneListSchema,
  computeQuotaDetailSchema,
  limitsSchema,
  tenantUsageSchema,
  type TenantUsage,
} from '@/lib/schemas/nova-flavors';
import { osFetch, seg, type Transport } from '../http';

export interface QuotaUsage {
  limit: number;
  inUse: number;
}

export function quotasApi(t: Transport) {
  return {
    async getLimits(): Promise<Record<string, number>> {
      return (await osFetch(t, { service: 'compute', path: '/limits' }, limitsSchema)).limits
        .absolute;
    },

    /** GET /os-quota-sets/{project}/detail: limit and in_use per resource. */
    async getComputeQuotaUsage(projectId: string): Promise<Record<string, QuotaUsage>> {
      const body = await osFetch(
        t,
        { service: 'compute', path: `/os-quota-sets/${seg(projectId)}/detail` },
        computeQuotaDetailSchema,
      );
      const usage: Record<string, QuotaUsage> = {};
      for (const [key, value] of Object.entries(body.quota_set)) {
        if (typeof value === 'object') usage[key] = { limit: value.limit, inUse: value.in_use };
      }
      return usage;
    },

    async listAvailabilityZones(): Promise<{ name: string; available: boolean }[]> {
      const body = await osFetch(
        t,
        { service: 'compute', path: '/os-availability-zone' },
        availabilityZoneListSchema,
      );
      return body.availabilityZoneInfo.map((z) => ({
        name: z.zoneName,
        available: z.zoneState.available,
      }));
    },

    /** GET /os-simple-tenant-usage/{project}: usage between start and end (ISO, no zone). */
    async getProjectUsage(projectId: string, start: string, end: string): Promise<TenantUsage> {
      const body = await osFetch(
        t,
        {
          service: 'compute',
          path: `/os-simple-tenant-usage/${seg(projectId)}`,
          query: { start, end, detailed: 1 },
        },
        tenantUsageSchema,
      );
      return body.tenant_usage;
    },
  };
}
