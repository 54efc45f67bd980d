'use client';
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { TenantUsage } from '@/lib/openstack/compute/quota-schemas';
import { usageQuery, type UsagePeriod } from './usage-period';

/** os-simple-tenant-usage for the current project over the period (`rendered`: the server's answer for it; `waiting`: that answer is still streaming in, ask for nothing). */
export function useProjectUsage(period: UsagePeriod, rendered?: TenantUsage, waiting = false) {
  const api = useApi();
  const session = useDashboardSession();
  const scopeKey = useScopeKey();
  return useSWR(
    waiting ? null : ['overview:usage', scopeKey, period.start, period.end],
    () => {
      const { start, end } = usageQuery(period);
      return api.compute.getProjectUsage(session.project.id, start, end);
    },
    {
      keepPreviousData: true,
      revalidateOnFocus: false,
      fallbackData: rendered,
      revalidateOnMount: rendered === undefined,
    },
  );
}
