// Picks service endpoints out of a Keystone catalog. Endpoints are only ever taken
// from here, never from user input: this is what keeps the proxy off other hosts.
import type { Catalog, CatalogEndpoint } from '@/lib/openstack/identity/identity-schemas';

export type EndpointInterface = 'public' | 'internal' | 'admin';

/** Service types the dashboard may reach, with the aliases clouds register them under. */
export const SERVICE_TYPES = {
  identity: ['identity'],
  compute: ['compute'],
  network: ['network'],
  image: ['image'],
  volumev3: ['volumev3', 'block-storage', 'volume'],
  'object-store': ['object-store'],
  orchestration: ['orchestration'],
  'container-infra': ['container-infra'],
  placement: ['placement'],
} as const satisfies Record<string, readonly string[]>;

export type ServiceTypeName = keyof typeof SERVICE_TYPES;

export function isKnownService(name: string): name is ServiceTypeName {
  return Object.hasOwn(SERVICE_TYPES, name);
}

function endpointRegion(endpoint: CatalogEndpoint): string | undefined {
  return endpoint.region_id ?? endpoint.region ?? undefined;
}

export function findEndpoint(
  catalog: Catalog,
  service: ServiceTypeName,
  region: string,
  iface: EndpointInterface = 'public',
): string | undefined {
  for (const type of SERVICE_TYPES[service]) {
    for (const entry of catalog) {
      if (entry.type !== type) continue;
      const match = entry.endpoints.find(
        (e) => e.interface === iface && endpointRegion(e) === region,
      );
      if (match) return match.url;
    }
  }
  return undefined;
}

/** Regions that have at least one endpoint, in catalog order. */
export function catalogRegions(catalog: Catalog): string[] {
  const seen = new Set<string>();
  for (const entry of catalog) {
    for (const endpoint of entry.endpoints) {
      const region = endpointRegion(endpoint);
      if (region) seen.add(region);
    }
  }
  return [...seen];
}

/** Service types the dashboard can reach in a region through the given interface. */
export function servicesInRegion(
  catalog: Catalog,
  region: string,
  iface: EndpointInterface = 'public',
): Set<ServiceTypeName> {
  const names = Object.keys(SERVICE_TYPES) as ServiceTypeName[];
  return new Set(names.filter((name) => findEndpoint(catalog, name, region, iface) !== undefined));
}
