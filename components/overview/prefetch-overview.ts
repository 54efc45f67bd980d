// Server side: the Overview's quotas and this month's usage, asked for as soon as
// the page is requested and streamed into the HTML as each answer arrives. Each
// section waits for its own call only: the quota charts are shown while Nova is
// still adding up a month of usage, and nothing the server fetched is thrown away
// and asked for again. What fails or takes longer than the budget resolves to
// undefined and is left to the browser, which then shows its own message.
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

/** Past this the browser asks itself (and says what is wrong if it fails too). */
const BUDGET_MS = 15_000;

export interface InitialOverview {
  /** `projectId@region` it was fetched for. */
  scope: string;
  period: UsagePeriod;
  usage: Promise<TenantUsage | undefined>;
  /** One answer per service (undefined where the region lacks it), each streamed on its own. */
  quotas: Partial<Record<QuotaService, Promise<QuotaUsageByKey | undefined>>>;
}

export async function prefetchOverview(): Promise<InitialOverview> {
  const token = await requireSession();
  const project = token.project.id;
  const period = defaultPeriod();
  const { start, end } = usageQuery(period);
  // Not awaited: the page goes out with its loading states while the cloud is asked.
  const ready = withinBudget(async () => {
    const api = await serverApiFor(token);
    const catalog = await catalogFor(token.authUrl, token.token, token.expiresAt);
    return { api, present: servicesInRegion(catalog, token.region, endpointInterface()) };
  }, BUDGET_MS);
  const quota = async (service: QuotaService) => {
    const setup = await ready;
    if (!setup?.present.has(service)) return undefined;
    return withinBudget(() => QUOTA_LOADERS[service](setup.api, project), BUDGET_MS);
  };
  return {
    scope: `${project}@${token.region}`,
    period,
    usage: ready.then((setup) =>
      setup
        ? withinBudget(() => setup.api.compute.getProjectUsage(project, start, end), BUDGET_MS)
        : undefined,
    ),
    quotas: Object.fromEntries(QUOTA_GROUPS.map((g) => [g.service, quota(g.service)])),
  };
}
