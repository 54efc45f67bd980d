// Microversions: the highest version this code knows for each service, capped by
// what the cloud's version document says it supports. Xena's maxima are the
// ceiling because that is the release our course teaches.
import type { ServiceTypeName } from './catalog';

interface MicroversionRule {
  /** Name used inside `OpenStack-API-Version: <name> <version>`. */
  headerName: string;
  known: string;
  /** Older header some deployments still read. */
  legacyHeader?: string;
}

export const MICROVERSIONS: Partial<Record<ServiceTypeName, MicroversionRule>> = {
  compute: { headerName: 'compute', known: '2.90', legacyHeader: 'X-OpenStack-Nova-API-Version' },
  volumev3: { headerName: 'volume', known: '3.66' },
  placement: { headerName: 'placement', known: '1.36' },
  'container-infra': { headerName: 'container-infra', known: '1.10' },
};

export function parseVersion(v: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (!pa || !pb) throw new Error(`Not a microversion: ${!pa ? a : b}`);
  return pa[0] - pb[0] || pa[1] - pb[1];
}

interface VersionEntry {
  id?: unknown;
  status?: unknown;
  version?: unknown;
  min_version?: unknown;
}

/** The maximum microversion a version document advertises, or undefined if it has none. */
export function maxFromVersionDocument(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const record = doc as {
    version?: VersionEntry;
    versions?: VersionEntry[] | { values?: VersionEntry[] };
  };
  const list: VersionEntry[] = record.version
    ? [record.version]
    : Array.isArray(record.versions)
      ? record.versions
      : (record.versions?.values ?? []);
  const current =
    list.find((v) => v.status === 'CURRENT' || v.status === 'stable') ?? list[list.length - 1];
  const max = current?.version;
  return typeof max === 'string' && parseVersion(max) ? max : undefined;
}

/** min(known, server maximum); undefined when the service has no microversions. */
export function negotiate(
  service: ServiceTypeName,
  serverMax: string | undefined,
): string | undefined {
  const rule = MICROVERSIONS[service];
  if (!rule || !serverMax) return undefined;
  return compareVersions(serverMax, rule.known) < 0 ? serverMax : rule.known;
}

export function microversionHeaders(
  service: ServiceTypeName,
  version: string | undefined,
): Record<string, string> {
  const rule = MICROVERSIONS[service];
  if (!rule || !version) return {};
  const headers: Record<string, string> = {
    'OpenStack-API-Version': `${rule.headerName} ${version}`,
  };
  if (rule.legacyHeader) headers[rule.legacyHeader] = version;
  return headers;
}

/** The URL of the version document for an endpoint such as http://h:8776/v3/<project>. */
export function versionRootOf(endpoint: string): string {
  const url = new URL(endpoint);
  const parts = url.pathname.split('/');
  const index = parts.findIndex((p) => /^v\d+(\.\d+)?$/.test(p));
  url.pathname = index >= 0 ? `${parts.slice(0, index + 1).join('/')}/` : '/';
  url.search = '';
  return url.toString();
}
