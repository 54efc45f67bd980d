// What the encrypted session cookie holds. The tokens stay on the server side of
// the cookie: the session callback exposes only the `public` fields.
import { z } from 'zod';

export const dashboardTokenSchema = z.object({
  cloudId: z.string(),
  authUrl: z.string(),
  unscopedToken: z.string(),
  token: z.string(),
  expiresAt: z.string(),
  user: z.object({
    id: z.string(),
    name: z.string(),
    domainId: z.string(),
    domainName: z.string(),
  }),
  project: z.object({ id: z.string(), name: z.string() }),
  roles: z.array(z.string()),
  region: z.string(),
  scopeError: z.string().optional(),
});

export type DashboardToken = z.infer<typeof dashboardTokenSchema>;

/** The part of the session the browser may see. */
export interface PublicSession {
  cloudId: string;
  user: { id: string; name: string; domainName: string };
  project: { id: string; name: string };
  roles: string[];
  region: string;
  expiresAt: string;
  scopeError?: string;
}

export function toPublicSession(token: DashboardToken): PublicSession {
  return {
    cloudId: token.cloudId,
    user: { id: token.user.id, name: token.user.name, domainName: token.user.domainName },
    project: token.project,
    roles: token.roles,
    region: token.region,
    expiresAt: token.expiresAt,
    ...(token.scopeError ? { scopeError: token.scopeError } : {}),
  };
}

export function isExpired(token: Pick<DashboardToken, 'expiresAt'>, now = Date.now()): boolean {
  const at = Date.parse(token.expiresAt);
  // Treat tokens as expired a few seconds early so a request never races the expiry.
  return Number.isNaN(at) || at - 5_000 <= now;
}
