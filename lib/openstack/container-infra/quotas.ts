// Magnum quotas. api-ref: container-infra v1, "Manage quotas".
import { z } from 'zod';
import { magnum } from './magnum-request';
import { osFetch, osSend, seg, type Transport } from '../http';

export const magnumQuotaSchema = z.object({
  project_id: z.string(),
  resource: z.string(),
  hard_limit: z.number(),
  id: z.number().optional(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});
export type MagnumQuota = z.infer<typeof magnumQuotaSchema>;

export function containerInfraQuotasApi(t: Transport) {
  return {
    /** The project's cluster limit (Magnum's default when none was set). */
    async getClusterQuota(projectId: string): Promise<MagnumQuota> {
      return osFetch(t, magnum({ path: `/quotas/${seg(projectId)}/Cluster` }), magnumQuotaSchema);
    },

    /** Admins: every quota set explicitly. */
    async listContainerInfraQuotas(): Promise<MagnumQuota[]> {
      return (
        await osFetch(
          t,
          magnum({ path: '/quotas' }),
          z.object({ quotas: z.array(magnumQuotaSchema) }),
        )
      ).quotas;
    },

    /** Admins: sets (creates or updates) a project's cluster limit. */
    async setClusterQuota(projectId: string, hardLimit: number, exists: boolean): Promise<void> {
      await osSend(
        t,
        exists
          ? magnum({
              method: 'PATCH',
              path: `/quotas/${seg(projectId)}/Cluster`,
              body: { project_id: projectId, resource: 'Cluster', hard_limit: hardLimit },
            })
          : magnum({
              method: 'POST',
              path: '/quotas',
              body: { project_id: projectId, resource: 'Cluster', hard_limit: hardLimit },
            }),
      );
    },

    async deleteClusterQuota(projectId: string): Promise<void> {
      await osSend(t, magnum({ method: 'DELETE', path: `/quotas/${seg(projectId)}/Cluster` }));
    },
  };
}
