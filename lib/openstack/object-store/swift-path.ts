// Paths of Swift containers and objects below the account endpoint. An object
// name's `/` stay separators (pseudo-folders); every segment is encoded on its own,
// since the dashboard's proxy refuses an encoded slash (%2F).
import { findEndpoint } from '../catalog';
import type { Catalog } from '../identity/identity-schemas';

export function containerPath(container: string): string {
  return `/${encodeURIComponent(container)}`;
}

/** Container and object name as one path, also the form X-Copy-From and bulk delete take. */
export function objectPath(container: string, name: string): string {
  return `${containerPath(container)}/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/** The address anyone can read a public container at: its catalog endpoint plus its name. */
export function containerPublicUrl(endpoint: string, container: string): string {
  return `${endpoint.replace(/\/+$/, '')}${containerPath(container)}`;
}

/**
 * A container's public address from the session's catalog: always the `public`
 * interface (anonymous readers come from outside), whatever interface the dashboard uses.
 */
export function containerPublicUrlIn(
  catalog: Catalog,
  region: string,
  container: string,
): string | undefined {
  const endpoint = findEndpoint(catalog, 'object-store', region, 'public');
  return endpoint ? containerPublicUrl(endpoint, container) : undefined;
}
