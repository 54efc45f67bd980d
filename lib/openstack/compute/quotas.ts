// Nova limits, quotas, availability zones and usage. api-ref: compute v2.1,
// "Limits", "Quota sets (os-quota-sets)", "Availability zones", "Usage reports".
import {
  availabilityZoneListSchema,
  computeQuotaDetailSchema,
  limitsSchema,
  tenantUsageSchema,
  type TenantUsage,
} from './quota-schemas';
import { osFetch, seg, type Transport } from '../http';
import { markerFromLinks } from '../pagination';
import type { QuotaUsage } from '../quota-usage';

const USAGE_MAX_PAGES = 50;
const USAGE_TOTALS = [
  'total_hours',
  'total_vcpus_usage',
  'total_memory_mb_usage',
  'total_local_gb_usage',
] as const;

function addUsage(total: TenantUsage, page: TenantUsage): void {
  total.tenant_id ??= page.tenant_id;
  total.start ??= page.start;
  total.stop = page.stop ?? total.stop;
  for (const key of USAGE_TOTALS) {
    if (page[key] !== undefined) total[key] = (total[key] ?? 0) + page[key];
  }
  total.server_usages = [...(total.server_usages ?? []), ...(page.server_usages ?? [])];
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

    /**
     * GET /os-simple-tenant-usage/{project}: usage between start and end (ISO, no zone).
     * From 2.40 the server usages come in pages with totals per page: follow the
     * links and add the totals up, so the figures are those of the whole period.
     */
    async getProjectUsage(projectId: string, start: string, end: string): Promise<TenantUsage> {
      const total: TenantUsage = { server_usages: [] };
      let marker: string | undefined;
      for (let page = 0; page < USAGE_MAX_PAGES; page++) {
        const body = await osFetch(
          t,
          {
            service: 'compute',
            path: `/os-simple-tenant-usage/${seg(projectId)}`,
            query: { start, end, marker },
          },
          tenantUsageSchema,
        );
        addUsage(total, body.tenant_usage);
        marker = markerFromLinks(body.tenant_usage_links);
        if (!marker) break;
      }
      return total;
    },
  };
}
