// What Keystone answers for application credentials
// (api-ref: identity v3, "Application Credentials").
import { z } from 'zod';

export const accessRuleSchema = z.object({
  id: z.string().optional(),
  service: z.string(),
  method: z.string(),
  path: z.string(),
});

export const applicationCredentialSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable().optional(),
  user_id: z.string().optional(),
  project_id: z.string().nullable().optional(),
  expires_at: z.string().nullable().optional(),
  unrestricted: z.boolean().nullable().optional(),
  roles: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  access_rules: z.array(accessRuleSchema).optional(),
  /** Only in the answer to the create call: Keystone keeps a hash. */
  secret: z.string().optional(),
});

export const applicationCredentialBodySchema = z.object({
  application_credential: applicationCredentialSchema,
});

export const applicationCredentialListSchema = z.object({
  application_credentials: z.array(applicationCredentialSchema),
});

export type ApplicationCredential = z.infer<typeof applicationCredentialSchema>;
export type AccessRule = z.infer<typeof accessRuleSchema>;

export interface ApplicationCredentialCreate {
  name: string;
  description?: string;
  /** Empty: Keystone generates one. */
  secret?: string;
  /** ISO 8601 in UTC, or undefined for a credential that never expires. */
  expires_at?: string;
  /** Role names; empty: every role the session holds on the project. */
  roles?: string[];
  access_rules?: AccessRule[];
  unrestricted?: boolean;
}
