import { nodegroupStatus } from './cluster-store';
import { magnumTime, magnumTimeOrNull } from './magnum-time';
import { links } from './template-view';
import type { ClusterRecord, NodegroupRecord, TemplateRecord } from './schema';

// Clusters and node groups as Magnum answers them: the list's short form and the full one.

function labelDiff(cluster: ClusterRecord, template: TemplateRecord | undefined) {
  const base = template?.labels ?? {};
  const overridden: Record<string, string> = {};
  const added: Record<string, string> = {};
  const skipped: Record<string, string> = {};
  for (const [k, v] of Object.entries(cluster.labels)) {
    if (!(k in base)) added[k] = v;
    else if (base[k] !== v) overridden[k] = base[k] ?? '';
  }
  for (const [k, v] of Object.entries(base)) if (!(k in cluster.labels)) skipped[k] = v;
  return { overridden, added, skipped };
}

export function clusterListView(c: ClusterRecord, origin: string): Record<string, unknown> {
  return {
    uuid: c.uuid,
    name: c.name,
    cluster_template_id: c.templateId,
    keypair: c.keypair,
    node_count: c.nodeCount,
    master_count: c.masterCount,
    docker_volume_size: c.dockerVolumeSize,
    labels: c.labels,
    master_flavor_id: c.masterFlavorId,
    flavor_id: c.flavorId,
    create_timeout: c.createTimeout,
    links: links(origin, 'clusters', c.uuid),
    stack_id: c.stackId,
    status: c.status,
    health_status: c.healthStatus,
    merge_labels: c.mergeLabels,
  };
}

export function clusterView(
  c: ClusterRecord,
  template: TemplateRecord | undefined,
  origin: string,
): Record<string, unknown> {
  const diff = labelDiff(c, template);
  const addressesOf = (role: string) =>
    c.nodegroups.filter((g) => g.role === role).flatMap((g) => g.nodeAddresses);
  return {
    ...clusterListView(c, origin),
    status_reason: c.statusReason,
    health_status_reason: c.healthStatus === 'HEALTHY' ? { api: 'ok' } : {},
    discovery_url: null,
    api_address: c.apiAddress,
    coe_version: c.coeVersion,
    container_version: c.coeVersion === null ? null : '1.12.6',
    project_id: c.projectId,
    user_id: c.userId,
    node_addresses: addressesOf('worker'),
    master_addresses: addressesOf('master'),
    fixed_network: c.fixedNetwork,
    fixed_subnet: c.fixedSubnet,
    floating_ip_enabled: c.floatingIpEnabled,
    labels_overridden: diff.overridden,
    labels_added: diff.added,
    labels_skipped: diff.skipped,
    master_lb_enabled: c.masterLbEnabled,
    created_at: magnumTime(c.createdAt),
    updated_at: magnumTimeOrNull(c.updatedAt),
  };
}

const nodegroupLinks = (origin: string, c: ClusterRecord, g: NodegroupRecord) => [
  { href: `${origin}/v1/clusters/${c.uuid}/nodegroups/${g.uuid}`, rel: 'self' },
  { href: `${origin}/clusters/${c.uuid}/nodegroups/${g.uuid}`, rel: 'bookmark' },
];

export function nodegroupListView(c: ClusterRecord, g: NodegroupRecord): Record<string, unknown> {
  return {
    uuid: g.uuid,
    name: g.name,
    flavor_id: g.flavorId,
    image_id: g.imageId,
    node_count: g.nodeCount,
    role: g.role,
    min_node_count: 0,
    max_node_count: null,
    is_default: true,
    stack_id: g.stackId,
    status: nodegroupStatus(c),
    merge_labels: c.mergeLabels,
  };
}

export function nodegroupView(
  c: ClusterRecord,
  g: NodegroupRecord,
  origin: string,
): Record<string, unknown> {
  return {
    id: g.id,
    uuid: g.uuid,
    name: g.name,
    cluster_id: c.uuid,
    project_id: c.projectId,
    docker_volume_size: c.dockerVolumeSize,
    labels: c.labels,
    links: nodegroupLinks(origin, c, g),
    flavor_id: g.flavorId,
    image_id: g.imageId,
    node_addresses: g.nodeAddresses,
    node_count: g.nodeCount,
    role: g.role,
    min_node_count: 0,
    max_node_count: null,
    is_default: true,
    stack_id: g.stackId,
    status: nodegroupStatus(c),
    status_reason: c.statusReason,
    version: null,
    merge_labels: c.mergeLabels,
    labels_overridden: {},
    labels_added: {},
    labels_skipped: {},
    created_at: magnumTime(g.createdAt),
    updated_at: magnumTimeOrNull(g.updatedAt),
  };
}
