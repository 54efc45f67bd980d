// What the dashboard shell shows around every page: projects, regions and the
// panels this cloud can serve. Server-only (uses the session's tokens).
import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { catalogFor } from './catalog-cache';
import { endpointInterface, findCloud } from './config';
import { catalogRegions, servicesInRegion, type ServiceTypeName } from './openstack/catalog';
import { OpenStackError } from './openstack/errors';
import { listAuthProjects } from './openstack/identity/keystone';
import { PANEL_LIST, type Panel } from './panels';
import { loginUrl } from './session-cookie';
import type { DashboardToken } from './session-token';

export interface ShellData {
  cloudName: string;
  projects: { id: string; name: string }[];
  regions: string[];
  panels: Panel[];
  /** Service types of the session's region the dashboard can reach. */
  services: ServiceTypeName[];
}

const PROJECTS_TTL_MS = 60_000;
const projectCache = new Map<string, { at: number; projects: { id: string; name: string }[] }>();

async function projectsFor(token: DashboardToken) {
  const key = createHash('sha256').update(token.unscopedToken).digest('hex');
  const hit = projectCache.get(key);
  if (hit && Date.now() - hit.at < PROJECTS_TTL_MS) return hit.projects;
  let listed;
  try {
    listed = await listAuthProjects(token.authUrl, token.unscopedToken);
  } catch (error) {
    // Keystone down or failing: the page still works in the current project
    // (the switcher offers only it until Keystone answers again).
    if (error instanceof OpenStackError && error.status >= 500) {
      return hit?.projects ?? [{ id: token.project.id, name: token.project.name }];
    }
    throw error;
  }
  const projects = listed
    .filter((p) => p.enabled !== false && !p.is_domain)
    .map((p) => ({ id: p.id, name: p.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (projectCache.size > 2_000) projectCache.clear();
  projectCache.set(key, { at: Date.now(), projects });
  return projects;
}

export async function loadShellData(token: DashboardToken): Promise<ShellData> {
  try {
    const [catalog, projects] = await Promise.all([
      catalogFor(token.authUrl, token.token, token.expiresAt),
      projectsFor(token),
    ]);
    const iface = endpointInterface();
    const regions = catalogRegions(catalog).filter(
      (r) => servicesInRegion(catalog, r, iface).size > 0,
    );
    const services = servicesInRegion(catalog, token.region, iface);
    return {
      cloudName: findCloud(token.cloudId)?.name ?? token.authUrl,
      projects,
      regions,
      services: [...services],
      panels: PANEL_LIST.filter(
        (panel) =>
          services.has(panel.service) && (!panel.adminOnly || token.roles.includes('admin')),
      ),
    };
  } catch (error) {
    // A token Keystone no longer accepts (revoked, cloud restarted) ends the session.
    if (error instanceof OpenStackError && (error.status === 401 || error.status === 404)) {
      // …and brings the user back to this page after signing in again.
      redirect(loginUrl('expired', (await headers()).get('x-dashboard-path') ?? undefined));
    }
    throw error;
  }
}
