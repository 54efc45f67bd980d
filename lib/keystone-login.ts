// Sign-in and re-scoping against Keystone, as Horizon does it: one unscoped token
// proves who the user is; project-scoped tokens are derived from it on demand.
import { rememberCatalog } from './catalog-cache';
import { endpointInterface, preferredRegion, type CloudConfig } from './config';
import { catalogRegions, servicesInRegion } from './openstack/catalog';
import { OpenStackError } from './openstack/errors';
import {
  getDefaultProjectId,
  listAuthProjects,
  passwordAuth,
  tokenAuth,
} from './openstack/identity/keystone';
import type { Project } from './openstack/identity/identity-schemas';
import type { DashboardToken } from './session-token';

/** Thrown for anything the login form should show as-is. */
export class LoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoginError';
  }
}

export function chooseProject(projects: Project[], defaultId?: string): Project | undefined {
  const usable = projects.filter((p) => p.enabled !== false && !p.is_domain);
  return (
    usable.find((p) => p.id === defaultId) ??
    [...usable].sort((a, b) => a.name.localeCompare(b.name))[0]
  );
}

/** Keep the current region when the new catalog has it, else the configured one, else the first. */
export function chooseRegion(regions: string[], current?: string): string | undefined {
  if (current && regions.includes(current)) return current;
  const preferred = preferredRegion();
  if (preferred && regions.includes(preferred)) return preferred;
  return regions[0];
}

export async function scopeToProject(
  cloud: Pick<CloudConfig, 'id' | 'authUrl'>,
  unscopedToken: string,
  project: Pick<Project, 'id'>,
  currentRegion?: string,
): Promise<DashboardToken> {
  const scoped = await tokenAuth(cloud.authUrl, unscopedToken, { projectId: project.id });
  const { body } = scoped;
  if (!body.project) throw new LoginError('Keystone did not scope the token to the project.');
  const catalog = body.catalog ?? [];
  rememberCatalog(scoped.token, catalog, body.expires_at);
  const regions = catalogRegions(catalog).filter(
    (r) => servicesInRegion(catalog, r, endpointInterface()).size > 0,
  );
  const region = chooseRegion(regions, currentRegion);
  if (!region) throw new LoginError('This project has no service endpoints in any region.');
  return {
    cloudId: cloud.id,
    authUrl: cloud.authUrl,
    unscopedToken,
    token: scoped.token,
    expiresAt: body.expires_at,
    user: {
      id: body.user.id,
      name: body.user.name,
      domainId: body.user.domain.id,
      domainName: body.user.domain.name ?? body.user.domain.id,
    },
    project: { id: body.project.id, name: body.project.name },
    roles: (body.roles ?? []).map((r) => r.name),
    region,
  };
}

export async function login(
  cloud: CloudConfig,
  credentials: { username: string; password: string; domain: string },
): Promise<DashboardToken> {
  let unscoped;
  try {
    unscoped = await passwordAuth(cloud.authUrl, credentials, 'unscoped');
  } catch (error) {
    if (error instanceof OpenStackError && (error.status === 401 || error.status === 404)) {
      throw new LoginError('Invalid credentials.');
    }
    throw error;
  }
  // Both need only the unscoped token: asked together, sign-in waits for one round trip.
  const [projects, defaultId] = await Promise.all([
    listAuthProjects(cloud.authUrl, unscoped.token),
    getDefaultProjectId(cloud.authUrl, unscoped.token, unscoped.body.user.id).catch(
      () => undefined,
    ),
  ]);
  const project = chooseProject(projects, defaultId);
  if (!project) throw new LoginError('You are not authorized for any projects.');
  return scopeToProject(cloud, unscoped.token, project);
}
