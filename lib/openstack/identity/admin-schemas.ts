// Keystone v3 resources the Identity panels manage (api-ref: identity v3, "Projects",
// "Users", "Groups", "Roles", "Domains"). Only the fields the panels read are checked.
import { z } from 'zod';

export const identityProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  description: z.string().nullish(),
  enabled: z.boolean(),
  parent_id: z.string().nullish(),
});
export const identityProjectBodySchema = z.object({ project: identityProjectSchema });
export const identityProjectListSchema = z.object({ projects: z.array(identityProjectSchema) });
export type IdentityProject = z.infer<typeof identityProjectSchema>;

export const identityUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  enabled: z.boolean(),
  email: z.string().nullish(),
  description: z.string().nullish(),
  default_project_id: z.string().nullish(),
});
export const identityUserBodySchema = z.object({ user: identityUserSchema });
export const identityUserListSchema = z.object({ users: z.array(identityUserSchema) });
export type IdentityUser = z.infer<typeof identityUserSchema>;

export const identityGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  description: z.string().nullish(),
});
export const identityGroupBodySchema = z.object({ group: identityGroupSchema });
export const identityGroupListSchema = z.object({ groups: z.array(identityGroupSchema) });
export type IdentityGroup = z.infer<typeof identityGroupSchema>;

export const identityRoleSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string().nullish(),
  description: z.string().nullish(),
});
export const identityRoleBodySchema = z.object({ role: identityRoleSchema });
export const identityRoleListSchema = z.object({ roles: z.array(identityRoleSchema) });
export type IdentityRole = z.infer<typeof identityRoleSchema>;

export const identityDomainSchema = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  description: z.string().nullish(),
});
export const identityDomainListSchema = z.object({ domains: z.array(identityDomainSchema) });
export type IdentityDomain = z.infer<typeof identityDomainSchema>;

const idName = z.object({ id: z.string(), name: z.string().optional() });
export const roleAssignmentSchema = z.object({
  role: idName,
  user: idName.optional(),
  group: idName.optional(),
  scope: z.object({
    project: idName.optional(),
    domain: idName.optional(),
    system: z.unknown().optional(),
  }),
  /** assignment; membership (held through a group) and prior_role (implied) with `effective`. */
  links: z
    .object({
      assignment: z.string().optional(),
      membership: z.string().optional(),
      prior_role: z.string().optional(),
    })
    .optional(),
});
export const roleAssignmentListSchema = z.object({
  role_assignments: z.array(roleAssignmentSchema),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;
