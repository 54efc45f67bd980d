'use client';
// One service's quota usage for the current project, through the proxy.
import useSWR from 'swr';
import { useHasService } from '@/components/shell/cloud-services';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Api } from '@/lib/openstack/api';
import type { QuotaUsage } from '@/lib/openstack/quota-usage';
import type { QuotaService } from './quota-charts';

const LOADERS: Record<
  QuotaService,
  (api: Api, project: string) => Promise<Record<string, QuotaUsage>>
> = {
  compute: (api, project) => api.compute.getComputeQuotaUsage(project),
  volumev3: (api, project) => api.volume.getVolumeQuotaUsage(project),
  network: (api, project) => api.network.getNetworkQuotaUsage(project),
};

export function useQuotaUsage(service: QuotaService) {
  const api = useApi();
  const session = useDashboardSession();
  const scopeKey = useScopeKey();
  const present = useHasService(service);
  return useSWR(
    present ? ['overview:quota', service, scopeKey] : null,
    () => LOADERS[service](api, session.project.id),
    // Quotas change when something is made or removed; a minute is fresh enough here.
    { refreshInterval: 60_000, revalidateOnFocus: false, shouldRetryOnError: false },
  );
}
