// The rules of one security group (Manage Rules). api-ref: network v2,
// "Security group rules (security-group-rules)".
import { deleteAction } from '@/components/resource/delete-action';
import { orDash } from '@/components/ui/cells';
import type { SecurityGroupRule } from '@/lib/openstack/network/security-group-schemas';
import { PANELS } from '@/lib/panels';
import type { LauncherProps, ResourceDefinition } from '@/lib/resources/types';
import { AddRuleLauncher } from './add-rule-launcher';
import { directionLabel, portRangeLabel, protocolLabel, ruleSummary } from './rule-display';
import { deleteRuleEquivalents } from './security-groups-equivalents';

export type RuleRow = SecurityGroupRule & { name: string };

export function rulesOf(groupId: string): ResourceDefinition<RuleRow> {
  return {
    panel: {
      ...PANELS.securityGroups,
      id: `rules:${groupId}`,
      title: 'Security Group Rules',
      path: `/project/security_groups/${encodeURIComponent(groupId)}`,
    },
    apiRef: 'network v2: Security group rules (security-group-rules)',
    singular: 'Rule',
    key: (r) => r.id,
    name: (r) => r.name,
    list: async (api) => {
      const { items } = await api.network.listSecurityGroupRules({
        filters: { security_group_id: groupId },
      });
      return { items: items.map((r) => ({ ...r, name: ruleSummary(r) })) };
    },
    paging: 'none',
    lookups: {
      groups: async (api, rows) => {
        if (!rows.some((r) => r.remote_group_id)) return {};
        const { items } = await api.network.listSecurityGroupPage({
          filters: { fields: ['id', 'name'] },
        });
        return Object.fromEntries(items.map((g) => [g.id, g.name]));
      },
    },
    columns: [
      { id: 'direction', header: 'Direction', cell: directionLabel, sortValue: (r) => r.direction },
      {
        id: 'ethertype',
        header: 'Ether Type',
        cell: (r) => r.ethertype,
        sortValue: (r) => r.ethertype,
      },
      {
        id: 'protocol',
        header: 'IP Protocol',
        cell: protocolLabel,
        sortValue: (r) => r.protocol ?? '',
      },
      {
        id: 'ports',
        header: 'Port Range',
        cell: portRangeLabel,
        sortValue: (r) => r.port_range_min ?? -1,
      },
      {
        id: 'remote_ip_prefix',
        header: 'Remote IP Prefix',
        cell: (r) => orDash(r.remote_ip_prefix),
      },
      {
        id: 'remote_group',
        header: 'Remote Security Group',
        cell: (r, lookups) =>
          r.remote_group_id ? (lookups.groups?.[r.remote_group_id] ?? r.remote_group_id) : '-',
      },
      { id: 'description', header: 'Description', cell: (r) => orDash(r.description || null) },
    ],
    createActions: [
      {
        id: 'add-rule',
        label: 'Add Rule',
        launcher: function AddRule(props: LauncherProps) {
          return <AddRuleLauncher groupId={groupId} {...props} />;
        },
      },
    ],
    rowActions: [
      deleteAction<RuleRow>({
        singular: 'Rule',
        plural: 'Rules',
        body: 'Traffic this rule allowed is blocked from now on, unless another rule allows it.',
        run: ({ api }, r) => api.network.deleteSecurityGroupRule(r.id),
        equivalents: (rows) => deleteRuleEquivalents(rows.map((r) => r.id)),
      }),
    ],
    emptyMessage: 'No rules to display.',
  };
}
