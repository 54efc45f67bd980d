import { describe, expect, it } from 'vitest';
import { securityGroupView } from './views';
import type { NetworkRegionState, SecurityGroupRecord, SecurityGroupRuleRecord } from './schema';

const base = { tags: [], createdAt: 0, updatedAt: 0, revision: 0, projectId: 'p' };

describe('securityGroupView', () => {
  it('reads the rules only when the view is serialised (a list pages first)', () => {
    let reads = 0;
    const rule = {
      ...base,
      id: 'r1',
      securityGroupId: 'g1',
      ethertype: 'IPv4',
      direction: 'ingress',
      protocol: 'tcp',
      portRangeMin: 22,
      portRangeMax: 22,
      remoteIpPrefix: '10.1.2.3/8',
      remoteGroupId: null,
      standardAttrId: 1,
      ruleDescription: '',
    } as unknown as SecurityGroupRuleRecord;
    const region = {
      get securityGroupRules() {
        reads += 1;
        return [rule];
      },
    } as unknown as NetworkRegionState;
    const group = {
      ...base,
      id: 'g1',
      name: 'web',
      stateful: true,
      description: '',
    } as unknown as SecurityGroupRecord;

    const view = securityGroupView(group, region);
    expect(view.name).toBe('web');
    expect(reads).toBe(0);
    const json = JSON.parse(JSON.stringify(view)) as {
      security_group_rules: { id: string; normalized_cidr: string }[];
    };
    expect(json.security_group_rules).toMatchObject([{ id: 'r1', normalized_cidr: '10.0.0.0/8' }]);
    expect(Object.keys(view)).toContain('security_group_rules');
    JSON.stringify(view);
    expect(reads).toBe(1);
  });
});
