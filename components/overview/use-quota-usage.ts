'use client';
// One service's quota usage for the current project, through the proxy; the
// figures the server rendered are shown first and not asked for again on load.
import useSWR from 'swr';
import { useHasService } from '@/components/shell/cloud-services';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { QUOTA_LOADERS, type QuotaUsageByKey } from './quota-loaders';
import type { QuotaService } from './quota-charts';

export function useQuotaUsage(service: QuotaService, rendered?: QuotaUsageByKey, waiting = false) {
  const api = useApi();
  const session = useDashboardSession();
  const scopeKey = useScopeKey();
  const present = useHasService(service);
  return useSWR(
    present && !waiting ? ['overview:quota', service, scopeKey] : null,
    () => QUOTA_LOADERS[service](api, session.project.id),
    {
      // Quotas change when something is made or removed; a minute is fresh enough here.
      refreshInterval: 60_000,
      revalidateOnFocus: false,
      shouldRetryOnError: false,
      fallbackData: rendered,
      revalidateOnMount: rendered === undefined,
    },
  );
}
