// Neutron security groups and rules. api-ref: network v2, "Security groups
// (security-groups)", "Security group rules (security-group-rules)".
import { osFetch, osSend, seg, type QueryValue, type Transport } from '../http';
import { markerFromLinks, type ListResult } from '../pagination';
import {
  securityGroupBodySchema,
  securityGroupPageSchema,
  securityGroupRuleBodySchema,
  securityGroupRuleListSchema,
  type SecurityGroupRule,
} from './security-group-schemas';
import type { SecurityGroup } from './neutron-schemas';

export interface SecurityGroupRuleInput {
  securityGroupId: string;
  direction: 'ingress' | 'egress';
  ethertype?: 'IPv4' | 'IPv6';
  /** A name (tcp, udp, icmp, …), a number as a string, or null for any. */
  protocol?: string | null;
  portRangeMin?: number | null;
  portRangeMax?: number | null;
  remoteIpPrefix?: string | null;
  remoteGroupId?: string | null;
  description?: string;
}

/** `filters` may repeat a parameter (`fields=id&fields=name`). */
type PageQuery = {
  limit?: number;
  marker?: string;
  filters?: Record<string, QueryValue | QueryValue[]>;
};

function ruleBody(input: SecurityGroupRuleInput): Record<string, unknown> {
  const rule: Record<string, unknown> = {
    security_group_id: input.securityGroupId,
    direction: input.direction,
  };
  const optional: [string, unknown][] = [
    ['ethertype', input.ethertype],
    ['protocol', input.protocol],
    ['port_range_min', input.portRangeMin],
    ['port_range_max', input.portRangeMax],
    ['remote_ip_prefix', input.remoteIpPrefix],
    ['remote_group_id', input.remoteGroupId],
    ['description', input.description],
  ];
  for (const [key, value] of optional) if (value !== undefined) rule[key] = value;
  return { security_group_rule: rule };
}

export function securityGroupsApi(t: Transport) {
  const group = (id: string) => `/v2.0/security-groups/${seg(id)}`;
  return {
    async listSecurityGroupPage(query: PageQuery = {}): Promise<ListResult<SecurityGroup>> {
      const body = await osFetch(
        t,
        {
          service: 'network',
          path: '/v2.0/security-groups',
          query: { ...query.filters, limit: query.limit, marker: query.marker },
        },
        securityGroupPageSchema,
      );
      return { items: body.security_groups, next: markerFromLinks(body.security_groups_links) };
    },

    async getSecurityGroup(id: string): Promise<SecurityGroup> {
      return (await osFetch(t, { service: 'network', path: group(id) }, securityGroupBodySchema))
        .security_group;
    },

    async createSecurityGroup(input: {
      name: string;
      description?: string;
    }): Promise<SecurityGroup> {
      return (
        await osFetch(
          t,
          {
            service: 'network',
            method: 'POST',
            path: '/v2.0/security-groups',
            body: { security_group: input },
          },
          securityGroupBodySchema,
        )
      ).security_group;
    },

    async updateSecurityGroup(
      id: string,
      input: { name?: string; description?: string },
    ): Promise<SecurityGroup> {
      return (
        await osFetch(
          t,
          { service: 'network', method: 'PUT', path: group(id), body: { security_group: input } },
          securityGroupBodySchema,
        )
      ).security_group;
    },

    async deleteSecurityGroup(id: string): Promise<void> {
      await osSend(t, { service: 'network', method: 'DELETE', path: group(id) });
    },

    /** Rules, usually filtered by security_group_id. */
    async listSecurityGroupRules(query: PageQuery = {}): Promise<ListResult<SecurityGroupRule>> {
      const body = await osFetch(
        t,
        {
          service: 'network',
          path: '/v2.0/security-group-rules',
          query: { ...query.filters, limit: query.limit, marker: query.marker },
        },
        securityGroupRuleListSchema,
      );
      return {
        items: body.security_group_rules,
        next: markerFromLinks(body.security_group_rules_links),
      };
    },

    async createSecurityGroupRule(input: SecurityGroupRuleInput): Promise<SecurityGroupRule> {
      return (
        await osFetch(
          t,
          {
            service: 'network',
            method: 'POST',
            path: '/v2.0/security-group-rules',
            body: ruleBody(input),
          },
          securityGroupRuleBodySchema,
        )
      ).security_group_rule;
    },

    async deleteSecurityGroupRule(id: string): Promise<void> {
      await osSend(t, {
        service: 'network',
        method: 'DELETE',
        path: `/v2.0/security-group-rules/${seg(id)}`,
      });
    },
  };
}
