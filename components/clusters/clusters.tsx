// Project → Container Infra → Clusters. api-ref: container-infra v1, "Manage Cluster".
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import { StatusBadge } from '@/components/ui/status-badge';
import { toKeyValueLines } from '@/lib/forms/key-value';
import { isClusterBusy, type Cluster } from '@/lib/openstack/container-infra/cluster-schemas';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import {
  clusterName,
  getClusterConfig,
  resizeCluster,
  rotateCertificate,
  showCertificate,
  signCertificate,
  upgradeCluster,
} from './cluster-actions';
import { ClusterNodegroups } from './cluster-nodegroups';
import { deleteClusterEquivalents } from './clusters-equivalents';
import { CreateClusterLazy } from './create-cluster-lazy';

/** Magnum's health words: HEALTHY, UNHEALTHY, UNKNOWN. */
const HEALTH_TONES = { HEALTHY: 'ok', UNHEALTHY: 'bad', UNKNOWN: 'idle' } as const;

const health = (c: Cluster) =>
  c.health_status ? (
    <StatusBadge
      status={c.health_status}
      tone={HEALTH_TONES[c.health_status as keyof typeof HEALTH_TONES] ?? 'idle'}
    />
  ) : (
    '-'
  );

const yesNo = (v: boolean | null | undefined) => (v == null ? '-' : v ? 'Yes' : 'No');

function labelsText(labels: Cluster['labels']): string {
  return toKeyValueLines(
    Object.fromEntries(Object.entries(labels ?? {}).map(([k, v]) => [k, String(v)])),
  );
}

export const clusters: ResourceDefinition<Cluster> = {
  panel: PANELS.clusters,
  apiRef: 'container-infra v1: Manage Cluster',
  singular: 'Cluster',
  key: (c) => c.uuid,
  name: clusterName,
  list: async (api) => ({ items: await api.containerInfra.listClusters() }),
  get: (api, id) => api.containerInfra.getCluster(id),
  paging: 'none',
  transitional: (c) => isClusterBusy(c.status),
  filter: {
    label: 'Filter clusters by name',
    match: (c, q) => clusterName(c).toLowerCase().includes(q.toLowerCase()),
  },
  lookups: {
    templates: async (api) =>
      Object.fromEntries(
        (await api.containerInfra.listClusterTemplates()).map((t) => [t.uuid, t.name ?? t.uuid]),
      ),
  },
  lookupKey: (c) => c.cluster_template_id,
  columns: [
    { id: 'name', header: 'Name', cell: clusterName, sortValue: clusterName, link: true },
    {
      id: 'status',
      header: 'Status',
      cell: (c) => <StatusBadge status={c.status} />,
      sortValue: (c) => c.status,
    },
    {
      id: 'health',
      header: 'Health Status',
      cell: health,
      sortValue: (c) => c.health_status ?? '',
    },
    {
      id: 'masters',
      header: 'Master Count',
      cell: (c) => c.master_count,
      sortValue: (c) => c.master_count,
    },
    {
      id: 'nodes',
      header: 'Node Count',
      cell: (c) => c.node_count,
      sortValue: (c) => c.node_count,
    },
    {
      id: 'template',
      header: 'Cluster Template',
      cell: (c, lookups) => lookups.templates?.[c.cluster_template_id] ?? c.cluster_template_id,
    },
  ],
  createActions: [{ id: 'create', label: 'Create Cluster', launcher: CreateClusterLazy }],
  rowActions: [
    resizeCluster,
    upgradeCluster,
    showCertificate,
    signCertificate,
    rotateCertificate,
    getClusterConfig,
    deleteAction<Cluster>({
      singular: 'Cluster',
      plural: 'Clusters',
      name: clusterName,
      done: 'Scheduled deletion of',
      removesRow: false,
      body: 'This action cannot be undone. Magnum deletes the cluster’s servers, networks and volumes with it.',
      run: ({ api }, c) => api.containerInfra.deleteCluster(c.uuid),
      equivalents: (rows) => deleteClusterEquivalents(rows.map((c) => c.uuid)),
    }),
  ],
  detail: {
    fields: [
      { label: 'Name', value: clusterName },
      { label: 'ID', value: (c) => <Mono>{c.uuid}</Mono> },
      { label: 'Status', value: (c) => <StatusBadge status={c.status} /> },
      { label: 'Status Reason', value: (c) => orDash(c.status_reason) },
      { label: 'Health Status', value: health },
      { label: 'Cluster Template ID', value: (c) => <Mono>{c.cluster_template_id}</Mono> },
      { label: 'API Address', value: (c) => orDash(c.api_address) },
      { label: 'COE Version', value: (c) => orDash(c.coe_version) },
      { label: 'Master Count', value: (c) => c.master_count },
      { label: 'Node Count', value: (c) => c.node_count },
      { label: 'Master Addresses', value: (c) => orDash(c.master_addresses?.join(', ')) },
      { label: 'Node Addresses', value: (c) => orDash(c.node_addresses?.join(', ')) },
      { label: 'Keypair', value: (c) => orDash(c.keypair) },
      { label: 'Fixed Network', value: (c) => orDash(c.fixed_network) },
      { label: 'Fixed Subnet', value: (c) => orDash(c.fixed_subnet) },
      { label: 'Floating IP Enabled', value: (c) => yesNo(c.floating_ip_enabled) },
      { label: 'Master LB Enabled', value: (c) => yesNo(c.master_lb_enabled) },
      { label: 'Stack ID', value: (c) => orDash(c.stack_id) },
      { label: 'Create Timeout', value: (c) => orDash(c.create_timeout) },
      {
        label: 'Labels',
        value: (c) => {
          const text = labelsText(c.labels);
          return text ? <pre className="font-mono text-xs whitespace-pre-wrap">{text}</pre> : '-';
        },
      },
      { label: 'Created', value: (c) => orDash(c.created_at) },
      { label: 'Updated', value: (c) => orDash(c.updated_at) },
    ],
    tabs: [
      {
        id: 'nodegroups',
        label: 'Node Groups',
        render: (c) => <ClusterNodegroups cluster={c.uuid} status={c.status} />,
      },
    ],
  },
  emptyMessage: 'No clusters to display. Create one with "Create Cluster".',
};
