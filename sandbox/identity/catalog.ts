import { uuidHex } from '../ids';
import type { Endpoint, IdentityState } from '../state';

export const INTERFACES = ['public', 'internal', 'admin'] as const;

export interface CatalogService {
  type: string;
  name: string;
  /** One URL per region; every interface gets the same URL, as in the devcloud. */
  urls: Record<string, string>;
}

const PROJECT_ID = /\$\((project_id|tenant_id)\)s/;
const PROJECT_IDS = new RegExp(PROJECT_ID.source, 'g');

/**
 * Keystone's v3 catalog (get_v3_catalog): every service with its endpoints. URLs
 * naming $(project_id)s get the token's project; without one, those endpoints
 * are left out, as Keystone leaves out what it cannot substitute.
 */
export function buildCatalog(
  state: IdentityState,
  projectId: string | null = null,
): Record<string, unknown>[] {
  return state.services.map((service) => ({
    endpoints: state.endpoints
      .filter((e) => e.serviceId === service.id)
      .filter((e) => projectId !== null || !PROJECT_ID.test(e.url))
      .map((e) => ({
        id: e.id,
        interface: e.interface,
        region_id: e.regionId,
        url: projectId === null ? e.url : e.url.replace(PROJECT_IDS, projectId),
        region: e.regionId,
      })),
    id: service.id,
    type: service.type,
    name: service.name,
  }));
}

/**
 * Makes the stored catalog describe the running listeners. Ids survive restarts;
 * only URLs change (ports may differ from run to run).
 */
export function syncCatalog(state: IdentityState, services: readonly CatalogService[]): void {
  for (const wanted of services) {
    let service = state.services.find((s) => s.type === wanted.type);
    if (!service) {
      service = { id: uuidHex(), type: wanted.type, name: wanted.name };
      state.services.push(service);
    }
    const serviceId = service.id;
    state.endpoints = state.endpoints.filter(
      (e) => e.serviceId !== serviceId || e.regionId in wanted.urls,
    );
    for (const [regionId, url] of Object.entries(wanted.urls)) {
      for (const iface of INTERFACES) {
        const existing = state.endpoints.find(
          (e) => e.serviceId === serviceId && e.regionId === regionId && e.interface === iface,
        );
        if (existing) existing.url = url;
        else
          state.endpoints.push({
            id: uuidHex(),
            serviceId,
            regionId,
            interface: iface,
            url,
          } satisfies Endpoint);
      }
    }
  }
}
