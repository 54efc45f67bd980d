import { MagnumError } from './errors';
import type { MagnumCall } from './call';

// Magnum's cluster quota (per project, `Cluster`, default 20 as on the devcloud) and
// the Nova instance quota a cluster's servers meet inside Heat (default 10).

export const DEFAULT_CLUSTER_LIMIT = 20;
export const INSTANCE_LIMIT = 10;

export function clusterLimit(call: MagnumCall, projectId: string): number {
  return (
    call.region.quotas.find((q) => q.projectId === projectId && q.resource === 'Cluster')
      ?.hardLimit ?? DEFAULT_CLUSTER_LIMIT
  );
}

export function checkClusterQuota(call: MagnumCall): void {
  const limit = clusterLimit(call, call.viewer.projectId);
  const count = call.region.clusters.filter((c) => c.projectId === call.viewer.projectId).length;
  if (count >= limit) {
    throw new MagnumError(
      403,
      `Resource limit exceeded: You have reached the maximum clusters per project, ${limit}. You may delete a cluster to make room for a new one.`,
    );
  }
}

/** Heat's failure text when the cluster's servers would pass Nova's instance quota, else null. */
export function instanceQuotaFailure(
  call: MagnumCall,
  wanted: number,
  exceptCluster?: string,
): string | null {
  const used = call.region.clusters
    .filter((c) => c.projectId === call.viewer.projectId && c.uuid !== exceptCluster)
    .filter((c) => c.status !== 'CREATE_FAILED' && c.status !== 'DELETE_IN_PROGRESS')
    .reduce((sum, c) => sum + c.nodeCount + c.masterCount, 0);
  if (used + wanted <= INSTANCE_LIMIT) return null;
  return `Resource CREATE failed: Forbidden: resources.kube_minions: Quota exceeded for instances: Requested ${wanted}, but already used ${used} of ${INSTANCE_LIMIT} instances (HTTP 403)`;
}
