// Neutron security group and rule shapes (api-ref: network v2, "Security groups
// (security-groups)", "Security group rules (security-group-rules)").
import { z } from 'zod';
import { linksSchema } from './link-schemas';
import { securityGroupSchema } from './neutron-schemas';

export const securityGroupRuleSchema = z.object({
  id: z.string(),
  security_group_id: z.string(),
  direction: z.enum(['ingress', 'egress']),
  ethertype: z.string(),
  protocol: z.string().nullable(),
  port_range_min: z.number().nullable(),
  port_range_max: z.number().nullable(),
  remote_ip_prefix: z.string().nullable(),
  remote_group_id: z.string().nullable(),
  normalized_cidr: z.string().nullish(),
  description: z.string().nullish(),
  project_id: z.string().optional(),
});
export type SecurityGroupRule = z.infer<typeof securityGroupRuleSchema>;

export const securityGroupBodySchema = z.object({ security_group: securityGroupSchema });
export const securityGroupPageSchema = z.object({
  security_groups: z.array(securityGroupSchema),
  security_groups_links: linksSchema,
});
export const securityGroupRuleBodySchema = z.object({
  security_group_rule: securityGroupRuleSchema,
});
export const securityGroupRuleListSchema = z.object({
  security_group_rules: z.array(securityGroupRuleSchema),
  security_group_rules_links: linksSchema,
});
