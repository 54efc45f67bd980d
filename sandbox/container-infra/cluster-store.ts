import { conflict, notFound, notSupported } from './errors';
import type { MagnumCall } from './call';
import type { ClusterRecord, ClusterStep, ContainerInfraRegionState } from './schema';

// Clusters of one Magnum: their timed steps (CREATE_IN_PROGRESS → CREATE_COMPLETE,
// UPDATE_IN_PROGRESS → UPDATE_COMPLETE, DELETE_IN_PROGRESS → gone) folded into the
// records when read, as the volume service does; nothing runs in the background.

export const READY_STATUSES = [
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'RESUME_COMPLETE',
  'RESTORE_COMPLETE',
  'ROLLBACK_COMPLETE',
  'SNAPSHOT_COMPLETE',
  'CHECK_COMPLETE',
  'ADOPT_COMPLETE',
];

export function step(
  at: number,
  status: string,
  effect: string | null = null,
  reason: string | null = null,
): ClusterStep {
  return { at, status, effect, reason };
}

/** The addresses a cluster's nodes get once made: masters on the public net, workers on private. */
function addresses(cluster: ClusterRecord, index: number): void {
  const base = 10 + (index % 200);
  for (const group of cluster.nodegroups) {
    const count = group.nodeCount;
    group.nodeAddresses = Array.from({ length: count }, (_, i) =>
      group.role === 'master' ? `172.24.4.${base + i}` : `10.0.0.${base + i}`,
    );
  }
}

function apply(cluster: ClusterRecord, s: ClusterStep, index: number): boolean {
  cluster.status = s.status;
  cluster.statusReason = s.reason;
  cluster.updatedAt = s.at;
  switch (s.effect) {
    case 'remove':
      return false;
    case 'complete':
      cluster.healthStatus = 'HEALTHY';
      cluster.coeVersion = 'v1.24.16';
      addresses(cluster, index);
      cluster.apiAddress = `https://${cluster.nodegroups.find((g) => g.role === 'master')?.nodeAddresses[0] ?? '172.24.4.10'}:6443`;
      break;
    case 'failed':
      cluster.healthStatus = null;
      break;
    case 'resize':
      if (cluster.pending.nodeCount !== null) {
        cluster.nodeCount = cluster.pending.nodeCount;
        const worker = cluster.nodegroups.find((g) => g.role === 'worker');
        if (worker) worker.nodeCount = cluster.nodeCount;
        cluster.pending.nodeCount = null;
        addresses(cluster, index);
      }
      break;
    case 'upgrade':
      if (cluster.pending.templateId !== null) {
        cluster.templateId = cluster.pending.templateId;
        cluster.pending.templateId = null;
      }
      break;
  }
  for (const group of cluster.nodegroups) {
    group.updatedAt = s.at;
  }
  return true;
}

export function settleClusters(region: ContainerInfraRegionState, now: number): boolean {
  let changed = false;
  const kept: ClusterRecord[] = [];
  region.clusters.forEach((cluster, index) => {
    let keep = true;
    while (keep && cluster.steps.length > 0 && (cluster.steps[0]?.at ?? Infinity) <= now) {
      const next = cluster.steps.shift() as ClusterStep;
      changed = true;
      keep = apply(cluster, next, index);
    }
    if (keep) kept.push(cluster);
  });
  region.clusters = kept;
  return changed;
}

export function settleCall(call: MagnumCall): void {
  if (settleClusters(call.region, call.now)) call.changed();
}

export const clusterVisible = (call: MagnumCall, c: ClusterRecord): boolean =>
  call.viewer.isAdmin || c.projectId === call.viewer.projectId;

/** A cluster by uuid or name, with Magnum's 404 and 409. */
export function findCluster(call: MagnumCall, ident: string): ClusterRecord {
  settleCall(call);
  const visible = call.region.clusters.filter((c) => clusterVisible(call, c));
  const byId = visible.find((c) => c.uuid === ident);
  if (byId) return byId;
  const byName = visible.filter((c) => c.name === ident);
  if (byName.length > 1) {
    throw conflict('Multiple clusters exist with same name. Please use the cluster uuid instead.');
  }
  const found = byName[0];
  if (!found) throw notFound(`Cluster ${ident} could not be found.`);
  return found;
}

/** Magnum's conductor refuses to change a cluster that is not at rest. */
export function requireReady(cluster: ClusterRecord): void {
  if (!READY_STATUSES.includes(cluster.status)) {
    throw notSupported(`Updating a cluster when status is "${cluster.status}"`);
  }
}

/** The status every node group shows: the cluster's. */
export function nodegroupStatus(cluster: ClusterRecord): string {
  return cluster.status;
}
