import type { NetworkRegionState } from './schema';

// Neutron's [quotas] defaults (Zed) and what a project uses of each.

export const QUOTA_RESOURCES = [
  'network',
  'subnet',
  'subnetpool',
  'port',
  'router',
  'floatingip',
  'rbac_policy',
  'security_group',
  'security_group_rule',
] as const;
export type QuotaResource = (typeof QUOTA_RESOURCES)[number];

export const DEFAULT_QUOTAS: Record<QuotaResource, number> = {
  network: 100,
  subnet: 100,
  subnetpool: -1,
  port: 500,
  router: 10,
  floatingip: 50,
  rbac_policy: 10,
  security_group: 10,
  security_group_rule: 100,
};

export function quotaUsage(
  region: NetworkRegionState,
  projectId: string,
): Record<QuotaResource, number> {
  const count = (records: { projectId: string }[]) =>
    records.filter((r) => r.projectId === projectId).length;
  return {
    network: count(region.networks),
    subnet: count(region.subnets),
    subnetpool: 0,
    port: count(region.ports),
    router: count(region.routers),
    floatingip: count(region.floatingIps),
    rbac_policy: 0,
    security_group: count(region.securityGroups),
    security_group_rule: count(region.securityGroupRules),
  };
}

/** The project's limits: the defaults with what an admin set on top. */
export function quotaLimits(
  region: NetworkRegionState,
  projectId: string,
): Record<QuotaResource, number> {
  return { ...DEFAULT_QUOTAS, ...region.quotas[projectId] };
}

/** Whether `extra` more of a resource would exceed the project's limit (-1: unlimited). */
export function wouldExceed(
  region: NetworkRegionState,
  projectId: string,
  resource: QuotaResource,
  extra = 1,
): boolean {
  const limit = quotaLimits(region, projectId)[resource];
  return limit >= 0 && quotaUsage(region, projectId)[resource] + extra > limit;
}
