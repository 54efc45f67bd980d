import { NeutronError } from './errors';
import { nextStandardAttrId, standardAttrs } from './records';
import type { NetworkRegionState, SecurityGroupRecord, SecurityGroupRuleRecord } from './schema';

// Security groups and their rules: the default group Neutron makes for every
// project on first use, and the egress rules every new group starts with.

export const DEFAULT_GROUP_DESCRIPTION = 'Default security group';

function addRule(
  region: NetworkRegionState,
  group: SecurityGroupRecord,
  rule: Pick<SecurityGroupRuleRecord, 'direction' | 'ethertype' | 'remoteGroupId'>,
  now: number,
): SecurityGroupRuleRecord {
  const record: SecurityGroupRuleRecord = {
    ...standardAttrs(group.projectId, now),
    securityGroupId: group.id,
    protocol: null,
    portRangeMin: null,
    portRangeMax: null,
    remoteIpPrefix: null,
    ruleDescription: null,
    standardAttrId: nextStandardAttrId(region),
    ...rule,
  };
  region.securityGroupRules.push(record);
  return record;
}

export function createSecurityGroup(
  region: NetworkRegionState,
  fields: { projectId: string; name: string; description: string; stateful?: boolean },
  now: number,
): SecurityGroupRecord {
  const group: SecurityGroupRecord = {
    ...standardAttrs(fields.projectId, now, fields.description),
    name: fields.name,
    stateful: fields.stateful ?? true,
    // Adding the rules bumps the group's revision once.
    revision: 1,
  };
  region.securityGroups.push(group);
  const isDefault = fields.name === 'default';
  for (const ethertype of ['IPv4', 'IPv6'] as const) {
    if (isDefault)
      addRule(region, group, { direction: 'ingress', ethertype, remoteGroupId: group.id }, now);
    addRule(region, group, { direction: 'egress', ethertype, remoteGroupId: null }, now);
  }
  return group;
}

export function defaultSecurityGroup(
  region: NetworkRegionState,
  projectId: string,
): SecurityGroupRecord | undefined {
  return region.securityGroups.find((g) => g.projectId === projectId && g.name === 'default');
}

/** _ensure_default_security_group: made the first time a project touches Neutron. */
export function ensureDefaultSecurityGroup(
  region: NetworkRegionState,
  projectId: string,
  now: number,
): SecurityGroupRecord {
  return (
    defaultSecurityGroup(region, projectId) ??
    createSecurityGroup(
      region,
      { projectId, name: 'default', description: DEFAULT_GROUP_DESCRIPTION },
      now,
    )
  );
}

export function groupRules(region: NetworkRegionState, groupId: string): SecurityGroupRuleRecord[] {
  return region.securityGroupRules.filter((r) => r.securityGroupId === groupId);
}

/** delete_security_group: refused while a port uses it, and for a member's default group. */
export function deleteSecurityGroup(
  region: NetworkRegionState,
  group: SecurityGroupRecord,
  isAdmin: boolean,
): void {
  if (region.ports.some((p) => p.securityGroups.includes(group.id))) {
    throw new NeutronError(409, 'SecurityGroupInUse', `Security Group ${group.id} in use.`);
  }
  if (group.name === 'default' && !isAdmin) {
    throw new NeutronError(
      409,
      'SecurityGroupCannotRemoveDefault',
      'Insufficient rights for removing default security group.',
    );
  }
  region.securityGroups = region.securityGroups.filter((g) => g.id !== group.id);
  region.securityGroupRules = region.securityGroupRules.filter(
    (r) => r.securityGroupId !== group.id,
  );
}
