'use client';
import useSWR from 'swr';
import { usageQuery, type UsagePeriod } from '@/components/overview/usage-period';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';

/** os-simple-tenant-usage for the current project over the period. */
export function useProjectUsage(period: UsagePeriod) {
  const api = useApi();
  const session = useDashboardSession();
  const scopeKey = useScopeKey();
  return useSWR(
    ['overview:usage', scopeKey, period.start, period.end],
    () => {
      const { start, end } = usageQuery(period);
      return api.compute.getProjectUsage(session.project.id, start, end);
    },
    { keepPreviousData: true, revalidateOnFocus: false },
  );
}
