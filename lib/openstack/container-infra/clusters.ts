// Magnum clusters. api-ref: container-infra v1, "Manage Cluster".
import {
  clusterIdSchema,
  clusterListSchema,
  clusterSchema,
  statsSchema,
  type Cluster,
  type ClusterSummary,
  type ContainerInfraStats,
} from './cluster-schemas';
import { magnum } from './magnum-request';
import { osFetch, osSend, seg, type Transport } from '../http';

/** What the Create Cluster form sends; unset fields come from the template. */
export interface CreateClusterInput {
  name: string;
  clusterTemplateId: string;
  keypair?: string;
  masterCount?: number;
  nodeCount?: number;
  flavorId?: string;
  masterFlavorId?: string;
  dockerVolumeSize?: number;
  labels?: Record<string, string>;
  /** Merge `labels` into the template's instead of replacing them. */
  mergeLabels?: boolean;
  fixedNetwork?: string;
  fixedSubnet?: string;
  floatingIpEnabled?: boolean;
  masterLbEnabled?: boolean;
  /** Minutes before Heat gives up (Magnum's default 60). */
  createTimeout?: number;
}

export function clusterBody(input: CreateClusterInput): Record<string, unknown> {
  const pairs: [string, unknown][] = [
    ['name', input.name],
    ['cluster_template_id', input.clusterTemplateId],
    ['keypair', input.keypair],
    ['master_count', input.masterCount],
    ['node_count', input.nodeCount],
    ['flavor_id', input.flavorId],
    ['master_flavor_id', input.masterFlavorId],
    ['docker_volume_size', input.dockerVolumeSize],
    ['labels', input.labels],
    ['merge_labels', input.mergeLabels],
    ['fixed_network', input.fixedNetwork],
    ['fixed_subnet', input.fixedSubnet],
    ['floating_ip_enabled', input.floatingIpEnabled],
    ['master_lb_enabled', input.masterLbEnabled],
    ['create_timeout', input.createTimeout],
  ];
  return Object.fromEntries(pairs.filter(([, v]) => v !== undefined && v !== ''));
}

export function clustersApi(t: Transport) {
  return {
    async listClusters(): Promise<ClusterSummary[]> {
      return (await osFetch(t, magnum({ path: '/clusters' }), clusterListSchema)).clusters;
    },

    /** By uuid or name. */
    async getCluster(ident: string): Promise<Cluster> {
      return osFetch(t, magnum({ path: `/clusters/${seg(ident)}` }), clusterSchema);
    },

    /** Accepted (202): the cluster is CREATE_IN_PROGRESS; returns its uuid. */
    async createCluster(input: CreateClusterInput): Promise<string> {
      return (
        await osFetch(
          t,
          magnum({ method: 'POST', path: '/clusters', body: clusterBody(input) }),
          clusterIdSchema,
        )
      ).uuid;
    },

    async deleteCluster(ident: string): Promise<void> {
      await osSend(t, magnum({ method: 'DELETE', path: `/clusters/${seg(ident)}` }));
    },

    /** Sets the worker count (of `nodegroup`, default-worker when unset). */
    async resizeCluster(
      ident: string,
      input: { nodeCount: number; nodegroup?: string; nodesToRemove?: string[] },
    ): Promise<void> {
      const body: Record<string, unknown> = { node_count: input.nodeCount };
      if (input.nodegroup) body.nodegroup = input.nodegroup;
      if (input.nodesToRemove?.length) body.nodes_to_remove = input.nodesToRemove;
      await osSend(
        t,
        magnum({ method: 'POST', path: `/clusters/${seg(ident)}/actions/resize`, body }),
      );
    },

    /** Moves the cluster to another template (same COE). */
    async upgradeCluster(
      ident: string,
      input: { clusterTemplate: string; maxBatchSize?: number; nodegroup?: string },
    ): Promise<void> {
      const body: Record<string, unknown> = { cluster_template: input.clusterTemplate };
      if (input.maxBatchSize !== undefined) body.max_batch_size = input.maxBatchSize;
      if (input.nodegroup) body.nodegroup = input.nodegroup;
      await osSend(
        t,
        magnum({ method: 'POST', path: `/clusters/${seg(ident)}/actions/upgrade`, body }),
      );
    },

    /** GET /stats: the project's clusters and nodes. */
    async getContainerInfraStats(): Promise<ContainerInfraStats> {
      return osFetch(t, magnum({ path: '/stats' }), statsSchema);
    },
  };
}
