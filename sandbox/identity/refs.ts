import type { Project, Region, User } from '../state';

// Resource bodies as Keystone renders them, each with its "links.self".

export function projectRef(project: Project, base: string): Record<string, unknown> {
  return {
    id: project.id,
    name: project.name,
    domain_id: project.domainId,
    description: project.description,
    enabled: project.enabled,
    // A top-level project's parent is its domain (domains are projects with is_domain).
    parent_id: project.domainId,
    is_domain: false,
    tags: [],
    options: {},
    links: { self: `${base}/projects/${project.id}` },
  };
}

export function userRef(user: User, base: string): Record<string, unknown> {
  return {
    id: user.id,
    name: user.name,
    domain_id: user.domainId,
    enabled: user.enabled,
    password_expires_at: null,
    options: {},
    ...(user.defaultProjectId ? { default_project_id: user.defaultProjectId } : {}),
    // Extra attributes, as given.
    ...(user.email !== undefined ? { email: user.email } : {}),
    ...(user.description !== undefined ? { description: user.description } : {}),
    links: { self: `${base}/users/${user.id}` },
  };
}

export function regionRef(region: Region, base: string): Record<string, unknown> {
  return {
    id: region.id,
    description: region.description,
    links: { self: `${base}/regions/${region.id}` },
    parent_region_id: null,
  };
}

/** A collection with Keystone's links block; self is the request URL with its query. */
export function collection(
  key: string,
  items: unknown[],
  selfUrl: string,
): Record<string, unknown> {
  return { [key]: items, links: { next: null, self: selfUrl, previous: null } };
}
