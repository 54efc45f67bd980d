import type {
  FloatingIpRecord,
  NetworkRecord,
  NetworkRegionState,
  PortRecord,
  RouterRecord,
  SecurityGroupRecord,
  SecurityGroupRuleRecord,
  SubnetRecord,
} from './schema';

// Neutron's Zed default policies as the devcloud runs them (enforce_new_defaults
// off): admins see everything, members their project's resources, plus shared and
// external networks and the ports on networks they own.

export interface NetworkViewer {
  projectId: string | null;
  isAdmin: boolean;
}

const owns = (viewer: NetworkViewer, record: { projectId: string }) =>
  viewer.isAdmin || (viewer.projectId !== null && record.projectId === viewer.projectId);

export function networkVisible(viewer: NetworkViewer, network: NetworkRecord): boolean {
  return owns(viewer, network) || network.shared || network.external;
}

export function subnetVisible(
  viewer: NetworkViewer,
  subnet: SubnetRecord,
  region: NetworkRegionState,
): boolean {
  const network = region.networks.find((n) => n.id === subnet.networkId);
  return owns(viewer, subnet) || (network?.shared ?? false);
}

export function portVisible(
  viewer: NetworkViewer,
  port: PortRecord,
  region: NetworkRegionState,
): boolean {
  const network = region.networks.find((n) => n.id === port.networkId);
  return owns(viewer, port) || (network !== undefined && owns(viewer, network));
}

export function securityGroupVisible(viewer: NetworkViewer, group: SecurityGroupRecord): boolean {
  return owns(viewer, group);
}

export function ruleVisible(
  viewer: NetworkViewer,
  rule: SecurityGroupRuleRecord,
  region: NetworkRegionState,
): boolean {
  const group = region.securityGroups.find((g) => g.id === rule.securityGroupId);
  return owns(viewer, rule) || (group !== undefined && owns(viewer, group));
}

export function routerVisible(viewer: NetworkViewer, router: RouterRecord): boolean {
  return owns(viewer, router);
}

export function floatingIpVisible(viewer: NetworkViewer, fip: FloatingIpRecord): boolean {
  return owns(viewer, fip);
}
