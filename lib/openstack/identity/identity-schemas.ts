// Keystone v3 shapes the dashboard relies on (api-ref: identity v3, "Authentication and token management").
import { z } from 'zod';

export const endpointSchema = z.object({
  id: z.string().optional(),
  interface: z.enum(['public', 'internal', 'admin']),
  region: z.string().nullish(),
  region_id: z.string().nullish(),
  url: z.string().url(),
});

export const catalogEntrySchema = z.object({
  id: z.string().optional(),
  type: z.string(),
  name: z.string().optional(),
  endpoints: z.array(endpointSchema),
});

export const catalogSchema = z.array(catalogEntrySchema);

const domainRefSchema = z.object({ id: z.string(), name: z.string().optional() });

export const tokenBodySchema = z.object({
  token: z.object({
    methods: z.array(z.string()),
    expires_at: z.string(),
    issued_at: z.string().optional(),
    audit_ids: z.array(z.string()).optional(),
    user: z.object({ id: z.string(), name: z.string(), domain: domainRefSchema }),
    project: z
      .object({ id: z.string(), name: z.string(), domain: domainRefSchema.optional() })
      .optional(),
    domain: domainRefSchema.optional(),
    roles: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
    catalog: catalogSchema.optional(),
  }),
});

export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string().optional(),
  description: z.string().nullish(),
  enabled: z.boolean().optional(),
  is_domain: z.boolean().optional(),
});

export const projectListSchema = z.object({ projects: z.array(projectSchema) });
export const catalogBodySchema = z.object({ catalog: catalogSchema });
export const userBodySchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    domain_id: z.string().optional(),
    default_project_id: z.string().nullish(),
  }),
});
export const regionListSchema = z.object({
  regions: z.array(z.object({ id: z.string(), description: z.string().nullish() })),
});

export type CatalogEndpoint = z.infer<typeof endpointSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type TokenBody = z.infer<typeof tokenBodySchema>;
export type Project = z.infer<typeof projectSchema>;

/** Login form input; the same schema checks the form in the browser and the request on the server. */
export const loginInput = z.object({
  username: z
    .string()
    .trim()
    .min(1, { error: 'User Name is required.' })
    .max(255, { error: 'User Name must be 255 characters or fewer.' }),
  password: z
    .string()
    .min(1, { error: 'Password is required.' })
    .max(4096, { error: 'Password must be 4096 characters or fewer.' }),
  domain: z
    .string()
    .trim()
    .min(1, { error: 'Domain is required.' })
    .max(255, { error: 'Domain must be 255 characters or fewer.' }),
  cloud: z.string().max(64).optional(),
});
export type LoginInput = z.infer<typeof loginInput>;
