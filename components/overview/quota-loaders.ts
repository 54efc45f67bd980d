// Each service's quota usage for a project: the same calls in the browser (through
// the proxy) and on the server (the first render).
import type { Api } from '@/lib/openstack/api';
import type { QuotaUsage } from '@/lib/openstack/quota-usage';
import type { QuotaService } from './quota-charts';

export type QuotaUsageByKey = Record<string, QuotaUsage>;

export const QUOTA_LOADERS: Record<
  QuotaService,
  (api: Api, project: string) => Promise<QuotaUsageByKey>
> = {
  compute: (api, project) => api.compute.getComputeQuotaUsage(project),
  volumev3: (api, project) => api.volume.getVolumeQuotaUsage(project),
  network: (api, project) => api.network.getNetworkQuotaUsage(project),
};
