// Server side: the Overview's quotas and this month's usage, fetched in parallel
// while the page renders, so its charts and usage rows come in the HTML instead
// of after the scripts have loaded and asked. Whatever is slow or refused is left
// for the browser, which then shows its own loading state or message.
import { catalogFor } from '@/lib/catalog-cache';
import { endpointInterface } from '@/lib/config';
import { servicesInRegion } from '@/lib/openstack/catalog';
import type { TenantUsage } from '@/lib/openstack/compute/quota-schemas';
import { serverApiFor } from '@/lib/server-api';
import { requireSession } from '@/lib/session';
import { withinBudget } from '@/lib/within-budget';
import { QUOTA_GROUPS, type QuotaService } from './quota-charts';
import { QUOTA_LOADERS, type QuotaUsageByKey } from './quota-loaders';
import { defaultPeriod, usageQuery, type UsagePeriod } from './usage-period';

const BUDGET_MS = 2_000;

export interface InitialOverview {
  /** `projectId@region` it was fetched for. */
  scope: string;
  period: UsagePeriod;
  usage?: TenantUsage;
  quotas: Partial<Record<QuotaService, QuotaUsageByKey>>;
}

export async function prefetchOverview(): Promise<InitialOverview | undefined> {
  const token = await requireSession();
  const project = token.project.id;
  const period = defaultPeriod();
  return withinBudget(async () => {
    const api = await serverApiFor(token);
    const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
    const present = servicesInRegion(catalog, token.region, endpointInterface());
    const { start, end } = usageQuery(period);
    const services = QUOTA_GROUPS.map((g) => g.service).filter((s) => present.has(s));
    const [usage, ...quotas] = await Promise.all([
      api.compute.getProjectUsage(project, start, end).catch(() => undefined),
      ...services.map((s) => QUOTA_LOADERS[s](api, project).catch(() => undefined)),
    ]);
    return {
      scope: `${project}@${token.region}`,
      period,
      usage,
      quotas: Object.fromEntries(
        services.flatMap((s, i) => (quotas[i] ? [[s, quotas[i]]] : [])),
      ) as InitialOverview['quotas'],
    };
  }, BUDGET_MS);
}
