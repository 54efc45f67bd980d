// The panels that exist, grouped as in Horizon's sidebar. Server-safe (no React):
// the shell reads it to list only panels whose service is in the catalog.
import type { ServiceTypeName } from '@/lib/openstack/catalog';

export type PanelGroup =
  // A group of one panel with the group's own name: the panel shows without a heading.
  | 'API Access'
  | 'Compute'
  | 'Volumes'
  | 'Network'
  | 'Object Store'
  | 'Orchestration'
  | 'Container Infra'
  | 'Identity'
  | 'System'
  | 'Teaching';

export interface Panel {
  id: string;
  title: string;
  path: string;
  service: ServiceTypeName;
  dashboard: 'Project' | 'Identity' | 'Admin';
  group: PanelGroup;
  /** Shown only to users with the admin role in the current project. */
  adminOnly?: boolean;
}

// Order matters: /project lands on the first Project panel the cloud can serve.
export const PANELS = {
  overview: {
    id: 'overview',
    title: 'Overview',
    path: '/project/overview',
    service: 'compute',
    dashboard: 'Project',
    group: 'Compute',
  },
  instances: {
    id: 'instances',
    title: 'Instances',
    path: '/project/instances',
    service: 'compute',
    dashboard: 'Project',
    group: 'Compute',
  },
  images: {
    id: 'images',
    title: 'Images',
    path: '/project/images',
    service: 'image',
    dashboard: 'Project',
    group: 'Compute',
  },
  keypairs: {
    id: 'keypairs',
    title: 'Key Pairs',
    path: '/project/key_pairs',
    service: 'compute',
    dashboard: 'Project',
    group: 'Compute',
  },
  serverGroups: {
    id: 'server-groups',
    title: 'Server Groups',
    path: '/project/server_groups',
    service: 'compute',
    dashboard: 'Project',
    group: 'Compute',
  },
  volumes: {
    id: 'volumes',
    title: 'Volumes',
    path: '/project/volumes',
    service: 'volumev3',
    dashboard: 'Project',
    group: 'Volumes',
  },
  volumeSnapshots: {
    id: 'volume-snapshots',
    title: 'Snapshots',
    path: '/project/snapshots',
    service: 'volumev3',
    dashboard: 'Project',
    group: 'Volumes',
  },
  volumeBackups: {
    id: 'volume-backups',
    title: 'Backups',
    path: '/project/backups',
    service: 'volumev3',
    dashboard: 'Project',
    group: 'Volumes',
  },
  networkTopology: {
    id: 'network-topology',
    title: 'Network Topology',
    path: '/project/network_topology',
    service: 'network',
    dashboard: 'Project',
    group: 'Network',
  },
  networks: {
    id: 'networks',
    title: 'Networks',
    path: '/project/networks',
    service: 'network',
    dashboard: 'Project',
    group: 'Network',
  },
  routers: {
    id: 'routers',
    title: 'Routers',
    path: '/project/routers',
    service: 'network',
    dashboard: 'Project',
    group: 'Network',
  },
  securityGroups: {
    id: 'security-groups',
    title: 'Security Groups',
    path: '/project/security_groups',
    service: 'network',
    dashboard: 'Project',
    group: 'Network',
  },
  floatingIps: {
    id: 'floating-ips',
    title: 'Floating IPs',
    path: '/project/floating_ips',
    service: 'network',
    dashboard: 'Project',
    group: 'Network',
  },
  containers: {
    id: 'containers',
    title: 'Containers',
    path: '/project/containers',
    service: 'object-store',
    dashboard: 'Project',
    group: 'Object Store',
  },
  clusters: {
    id: 'clusters',
    title: 'Clusters',
    path: '/project/clusters',
    service: 'container-infra',
    dashboard: 'Project',
    group: 'Container Infra',
  },
  clusterTemplates: {
    id: 'cluster-templates',
    title: 'Cluster Templates',
    path: '/project/cluster_templates',
    service: 'container-infra',
    dashboard: 'Project',
    group: 'Container Infra',
  },
  apiAccess: {
    id: 'api-access',
    title: 'API Access',
    path: '/project/api_access',
    service: 'identity',
    dashboard: 'Project',
    group: 'API Access',
  },
  stacks: {
    id: 'stacks',
    title: 'Stacks',
    path: '/project/stacks',
    service: 'orchestration',
    dashboard: 'Project',
    group: 'Orchestration',
  },
  resourceTypes: {
    id: 'resource-types',
    title: 'Resource Types',
    path: '/project/resource_types',
    service: 'orchestration',
    dashboard: 'Project',
    group: 'Orchestration',
  },
  templateVersions: {
    id: 'template-versions',
    title: 'Template Versions',
    path: '/project/template_versions',
    service: 'orchestration',
    dashboard: 'Project',
    group: 'Orchestration',
  },
  identityProjects: {
    id: 'identity-projects',
    title: 'Projects',
    path: '/identity/projects',
    service: 'identity',
    dashboard: 'Identity',
    group: 'Identity',
  },
  identityUsers: {
    id: 'identity-users',
    title: 'Users',
    path: '/identity/users',
    service: 'identity',
    dashboard: 'Identity',
    group: 'Identity',
    adminOnly: true,
  },
  identityGroups: {
    id: 'identity-groups',
    title: 'Groups',
    path: '/identity/groups',
    service: 'identity',
    dashboard: 'Identity',
    group: 'Identity',
    adminOnly: true,
  },
  identityRoles: {
    id: 'identity-roles',
    title: 'Roles',
    path: '/identity/roles',
    service: 'identity',
    dashboard: 'Identity',
    group: 'Identity',
    adminOnly: true,
  },
  applicationCredentials: {
    id: 'application-credentials',
    title: 'Application Credentials',
    path: '/identity/application_credentials',
    service: 'identity',
    dashboard: 'Identity',
    group: 'Identity',
  },
  adminOverview: {
    id: 'admin-overview',
    title: 'Overview',
    path: '/admin/overview',
    service: 'compute',
    dashboard: 'Admin',
    group: 'Compute',
    adminOnly: true,
  },
  hypervisors: {
    id: 'hypervisors',
    title: 'Hypervisors',
    path: '/admin/hypervisors',
    service: 'compute',
    dashboard: 'Admin',
    group: 'Compute',
    adminOnly: true,
  },
  adminInstances: {
    id: 'admin-instances',
    title: 'Instances',
    path: '/admin/instances',
    service: 'compute',
    dashboard: 'Admin',
    group: 'Compute',
    adminOnly: true,
  },
  flavors: {
    id: 'flavors',
    title: 'Flavors',
    path: '/admin/flavors',
    service: 'compute',
    dashboard: 'Admin',
    group: 'Compute',
    adminOnly: true,
  },
  adminImages: {
    id: 'admin-images',
    title: 'Images',
    path: '/admin/images',
    service: 'image',
    dashboard: 'Admin',
    group: 'Compute',
    adminOnly: true,
  },
  adminVolumes: {
    id: 'admin-volumes',
    title: 'Volumes',
    path: '/admin/volumes',
    service: 'volumev3',
    dashboard: 'Admin',
    group: 'Volumes',
    adminOnly: true,
  },
  volumeTypes: {
    id: 'volume-types',
    title: 'Volume Types',
    path: '/admin/volume_types',
    service: 'volumev3',
    dashboard: 'Admin',
    group: 'Volumes',
    adminOnly: true,
  },
  adminNetworks: {
    id: 'admin-networks',
    title: 'Networks',
    path: '/admin/networks',
    service: 'network',
    dashboard: 'Admin',
    group: 'Network',
    adminOnly: true,
  },
  adminRouters: {
    id: 'admin-routers',
    title: 'Routers',
    path: '/admin/routers',
    service: 'network',
    dashboard: 'Admin',
    group: 'Network',
    adminOnly: true,
  },
  adminFloatingIps: {
    id: 'admin-floating-ips',
    title: 'Floating IPs',
    path: '/admin/floating_ips',
    service: 'network',
    dashboard: 'Admin',
    group: 'Network',
    adminOnly: true,
  },
  systemInfo: {
    id: 'system-info',
    title: 'System Information',
    path: '/admin/info',
    service: 'identity',
    dashboard: 'Admin',
    group: 'System',
    adminOnly: true,
  },
  walkthroughs: {
    id: 'walkthroughs',
    title: 'Walkthroughs',
    path: '/teaching/walkthroughs',
    service: 'identity',
    dashboard: 'Project',
    group: 'Teaching',
  },
  classProgress: {
    id: 'class-progress',
    title: 'Class Progress',
    path: '/admin/class-progress',
    service: 'identity',
    dashboard: 'Admin',
    group: 'System',
    adminOnly: true,
  },
} as const satisfies Record<string, Panel>;

export const PANEL_LIST: Panel[] = Object.values(PANELS);

export const GROUP_ORDER: PanelGroup[] = [
  'API Access',
  'Compute',
  'Volumes',
  'Network',
  'Object Store',
  'Orchestration',
  'Container Infra',
  'Identity',
  'System',
  'Teaching',
];

/**
 * A group that is just one panel of the same name (API Access, as in Horizon), or a
 * dashboard's only group, named as it (Identity: Horizon lists its panels ungrouped): no heading.
 */
export function isOwnGroup(panels: readonly Panel[]): boolean {
  if (panels.length > 0 && panels.every((p) => p.group === p.dashboard)) return true;
  return panels.length === 1 && panels[0]?.title === panels[0]?.group;
}
