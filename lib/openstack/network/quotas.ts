// Neutron quotas. api-ref: network v2, "Quotas extension (quotas)" (the details
// call, getNetworkQuotaUsage, stays in neutron.ts where the Overview reads it).
import { osFetch, osSend, seg, type Transport } from '../http';
import { networkQuotaBodySchema, type NetworkQuota } from './quota-schemas';

export function networkQuotasApi(t: Transport) {
  const one = (projectId: string) => `/v2.0/quotas/${seg(projectId)}`;
  return {
    async getNetworkQuota(projectId: string): Promise<NetworkQuota> {
      return (
        await osFetch(t, { service: 'network', path: one(projectId) }, networkQuotaBodySchema)
      ).quota;
    },

    async getDefaultNetworkQuota(projectId: string): Promise<NetworkQuota> {
      return (
        await osFetch(
          t,
          { service: 'network', path: `${one(projectId)}/default` },
          networkQuotaBodySchema,
        )
      ).quota;
    },

    /** Admin only: new limits (-1 unlimited); answers the project's whole quota. */
    async updateNetworkQuota(
      projectId: string,
      limits: Record<string, number>,
    ): Promise<NetworkQuota> {
      return (
        await osFetch(
          t,
          { service: 'network', method: 'PUT', path: one(projectId), body: { quota: limits } },
          networkQuotaBodySchema,
        )
      ).quota;
    },

    /** Admin only: back to the defaults. */
    async resetNetworkQuota(projectId: string): Promise<void> {
      await osSend(t, { service: 'network', method: 'DELETE', path: one(projectId) });
    },
  };
}
