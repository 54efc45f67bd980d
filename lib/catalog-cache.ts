// The catalog is too big for the session cookie, so the server keeps it per
// token (keyed by a hash, never the token itself) and refetches it when missing.
import { createHash } from 'node:crypto';
import { getAuthCatalog } from './openstack/identity/keystone';
import type { Catalog } from './openstack/identity/identity-schemas';

const MAX_ENTRIES = 2_000;
const cache = new Map<string, { catalog: Catalog; expiresAt: number }>();

export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function rememberCatalog(token: string, catalog: Catalog, expiresAt: string): void {
  const key = tokenKey(token);
  cache.delete(key);
  cache.set(key, { catalog, expiresAt: Date.parse(expiresAt) });
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}

export async function catalogFor(
  authUrl: string,
  token: string,
  expiresAt: string,
): Promise<Catalog> {
  const hit = cache.get(tokenKey(token));
  if (hit && hit.expiresAt > Date.now()) return hit.catalog;
  const catalog = await getAuthCatalog(authUrl, token);
  rememberCatalog(token, catalog, expiresAt);
  return catalog;
}

export function forgetCatalog(token: string): void {
  cache.delete(tokenKey(token));
}
