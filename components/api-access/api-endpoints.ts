// The catalog's endpoints as API Access lists them: every service with a public
// endpoint in the session's region, named as Horizon names them, by service.
import type { Catalog } from '@/lib/openstack/identity/identity-schemas';

export interface ApiEndpoint {
  /** Horizon's name for the service: its type, capitalised ("Object store"). */
  service: string;
  type: string;
  url: string;
}

export function serviceDisplayName(type: string): string {
  if (type === 'ec2' || type === 's3') return type.toUpperCase();
  const spaced = type.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function apiEndpoints(catalog: Catalog, region: string): ApiEndpoint[] {
  const rows: ApiEndpoint[] = [];
  for (const entry of catalog) {
    const endpoint = entry.endpoints.find(
      (e) => e.interface === 'public' && (e.region_id ?? e.region) === region,
    );
    if (endpoint) {
      rows.push({ service: serviceDisplayName(entry.type), type: entry.type, url: endpoint.url });
    }
  }
  return rows.sort((a, b) => a.type.localeCompare(b.type) || a.url.localeCompare(b.url));
}
