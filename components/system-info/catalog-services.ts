// System Information → Services: the catalog's services, one row per service and
// region, with each interface's URL, as Horizon's Services tab lists them.
import type { Catalog } from '@/lib/openstack/identity/identity-schemas';

export interface CatalogServiceRow {
  key: string;
  name: string;
  type: string;
  region: string;
  /** "admin", "internal", "public" with their URLs, in that order. */
  endpoints: { iface: string; url: string }[];
}

export function catalogServices(catalog: Catalog): CatalogServiceRow[] {
  const rows: CatalogServiceRow[] = [];
  for (const entry of catalog) {
    const regions = new Map<string, { iface: string; url: string }[]>();
    for (const e of entry.endpoints) {
      const region = e.region_id ?? e.region ?? '-';
      regions.set(region, [...(regions.get(region) ?? []), { iface: e.interface, url: e.url }]);
    }
    for (const [region, endpoints] of regions) {
      rows.push({
        key: `${entry.id ?? entry.type}:${region}`,
        name: entry.name ?? entry.type,
        type: entry.type,
        region,
        endpoints: endpoints.sort((a, b) => a.iface.localeCompare(b.iface)),
      });
    }
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name) || a.region.localeCompare(b.region));
}
