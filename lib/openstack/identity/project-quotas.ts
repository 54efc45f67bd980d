// Setting a project's Nova quotas from the Identity panel. api-ref: compute v2.1,
// "Quota sets (os-quota-sets)" (admins). Cinder's and Neutron's setters are in
// their own folders (updateVolumeQuotas, updateNetworkQuota).
import { z } from 'zod';
import { osFetch, seg, type Transport } from '../http';

const quotaSetBodySchema = z.object({ quota_set: z.record(z.string(), z.unknown()) });

export function projectQuotasApi(t: Transport) {
  return {
    /** PUT /os-quota-sets/{project_id}: Nova refuses a limit below the usage (400). */
    async updateComputeQuotas(projectId: string, limits: Record<string, number>): Promise<void> {
      await osFetch(
        t,
        {
          service: 'compute',
          method: 'PUT',
          path: `/os-quota-sets/${seg(projectId)}`,
          body: { quota_set: limits },
        },
        quotaSetBodySchema,
      );
    },
  };
}
