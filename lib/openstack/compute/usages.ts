// Nova usage of every project. api-ref: compute v2.1, "Usage reports (os-simple-tenant-usage)",
// "List Tenant Usage Statistics For All Tenants".
import { z } from 'zod';
import { osFetch, type Transport } from '../http';
import { markerFromLinks } from '../pagination';
import { tenantUsageSchema, type TenantUsage } from './quota-schemas';

const tenantUsageItem = tenantUsageSchema.shape.tenant_usage;

export const tenantUsageListSchema = z.object({
  tenant_usages: z.array(tenantUsageItem),
  tenant_usages_links: z.array(z.object({ href: z.string(), rel: z.string() })).optional(),
});

const USAGES_MAX_PAGES = 50;
const TOTALS = [
  'total_hours',
  'total_vcpus_usage',
  'total_memory_mb_usage',
  'total_local_gb_usage',
] as const;

/** From 2.40 a project's servers may span pages: one entry per project, totals added up. */
export function mergeTenantUsages(pages: TenantUsage[][]): TenantUsage[] {
  const byProject = new Map<string, TenantUsage>();
  for (const usage of pages.flat()) {
    const id = usage.tenant_id ?? '';
    const seen = byProject.get(id);
    if (!seen) {
      byProject.set(id, { ...usage, server_usages: [...(usage.server_usages ?? [])] });
      continue;
    }
    for (const key of TOTALS) {
      if (usage[key] !== undefined) seen[key] = (seen[key] ?? 0) + usage[key];
    }
    seen.server_usages = [...(seen.server_usages ?? []), ...(usage.server_usages ?? [])];
  }
  return [...byProject.values()];
}

export function usagesApi(t: Transport) {
  return {
    /**
     * GET /os-simple-tenant-usage?detailed=1: every project's usage between start and
     * end (ISO, no zone), with its servers; admins only by Nova's default policy.
     */
    async listProjectUsages(start: string, end: string): Promise<TenantUsage[]> {
      const pages: TenantUsage[][] = [];
      let marker: string | undefined;
      for (let page = 0; page < USAGES_MAX_PAGES; page++) {
        const body = await osFetch(
          t,
          {
            service: 'compute',
            path: '/os-simple-tenant-usage',
            query: { start, end, detailed: 1, marker },
          },
          tenantUsageListSchema,
        );
        pages.push(body.tenant_usages);
        marker = markerFromLinks(body.tenant_usages_links);
        if (!marker) break;
      }
      return mergeTenantUsages(pages);
    },
  };
}
