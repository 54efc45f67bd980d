import { badRequest, CinderFault } from './errors';
import { header, type SandboxRequest } from '../http/types';

// Cinder's microversions (3.0–3.70 in Zed): `OpenStack-API-Version: volume 3.x`,
// answered with the same header and a Vary on it.

export interface CinderVersion {
  major: number;
  minor: number;
}

export const MIN_VERSION: CinderVersion = { major: 3, minor: 0 };
export const MAX_VERSION: CinderVersion = { major: 3, minor: 70 };

export const format = (v: CinderVersion): string => `${v.major}.${v.minor}`;

export function atLeast(v: CinderVersion, min: string): boolean {
  const [major = 0, minor = 0] = min.split('.').map(Number);
  return v.major > major || (v.major === major && v.minor >= minor);
}

/** The version a request asks for; 3.0 without a header, the maximum for "latest". */
export function negotiate(req: Pick<SandboxRequest, 'headers'>): CinderVersion {
  const raw = header(req, 'openstack-api-version');
  if (!raw) return MIN_VERSION;
  const entry = raw
    .split(',')
    .map((part) => part.trim().split(/\s+/))
    .find(([service]) => service?.toLowerCase() === 'volume');
  if (!entry) return MIN_VERSION;
  const text = entry[1] ?? '';
  if (text.toLowerCase() === 'latest') return MAX_VERSION;
  const match = /^(\d+)\.(\d+)$/.exec(text);
  if (!match) throw badRequest(`Invalid API version in header: ${text}`);
  const v = { major: Number(match[1]), minor: Number(match[2]) };
  const below = v.major < 3 || (v.major === 3 && v.minor < MIN_VERSION.minor);
  const above = v.major > 3 || (v.major === 3 && v.minor > MAX_VERSION.minor);
  if (below || above) {
    throw new CinderFault(
      404,
      'computeFault',
      `Version ${text} is not supported by the API. Minimum is ${format(MIN_VERSION)} and maximum is ${format(MAX_VERSION)}.`,
    );
  }
  return v;
}

export function versionHeaders(v: CinderVersion): Record<string, string> {
  return { 'OpenStack-API-Version': `volume ${format(v)}`, Vary: 'OpenStack-API-Version' };
}
