import { header, type SandboxRequest } from '../http/types';

// Nova's microversion negotiation (nova/api/openstack/wsgi.py + microversion_parse).

export interface ApiVersion {
  major: number;
  minor: number;
}

export const MIN_API_VERSION: ApiVersion = { major: 2, minor: 1 };
/** Zed's maximum, matching the devcloud. */
export const MAX_API_VERSION: ApiVersion = { major: 2, minor: 93 };

export const STANDARD_HEADER = 'OpenStack-API-Version';
export const LEGACY_HEADER = 'X-OpenStack-Nova-API-Version';

export type Negotiation =
  | { ok: true; version: ApiVersion }
  | { ok: false; status: 400; message: string }
  | { ok: false; status: 406; message: string; version: ApiVersion };

export function formatVersion(v: ApiVersion): string {
  return `${v.major}.${v.minor}`;
}

export function compareVersions(a: ApiVersion, b: ApiVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

export function parseVersion(text: string): ApiVersion | null {
  const match = /^([1-9]\d*)\.([1-9]\d*|0)$/.exec(text);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

/** True when `v` is at least "X.Y". */
export function atLeast(v: ApiVersion, min: string): boolean {
  const bound = parseVersion(min);
  if (!bound) throw new Error(`bad version literal ${min}`);
  return compareVersions(v, bound) >= 0;
}

/** The requested version string, standard header first ("compute 2.5, volume 3.0"), then legacy. */
export function requestedVersion(req: Pick<SandboxRequest, 'headers'>): string | null {
  const standard = header(req, STANDARD_HEADER);
  if (standard !== undefined) {
    for (const item of standard.split(',')) {
      const [service, value] = item.trim().split(/\s+/, 2);
      if (service?.toLowerCase() === 'compute' && value !== undefined) return value.trim();
    }
  }
  const legacy = header(req, LEGACY_HEADER);
  return legacy === undefined ? null : legacy.trim();
}

export function negotiate(req: Pick<SandboxRequest, 'headers'>): Negotiation {
  const text = requestedVersion(req);
  if (text === null) return { ok: true, version: MIN_API_VERSION };
  if (text === 'latest') return { ok: true, version: MAX_API_VERSION };
  const version = parseVersion(text);
  if (!version) {
    return {
      ok: false,
      status: 400,
      message: `API Version String ${text} is of invalid format. Must be of format MajorNum.MinorNum.`,
    };
  }
  if (
    compareVersions(version, MIN_API_VERSION) < 0 ||
    compareVersions(version, MAX_API_VERSION) > 0
  ) {
    return {
      ok: false,
      status: 406,
      message:
        `Version ${formatVersion(version)} is not supported by the API. ` +
        `Minimum is ${formatVersion(MIN_API_VERSION)} and maximum is ${formatVersion(MAX_API_VERSION)}.`,
      version,
    };
  }
  return { ok: true, version };
}

/** Headers Nova echoes on every versioned response (errors included). */
export function versionHeaders(v: ApiVersion): Record<string, string | string[]> {
  return {
    [STANDARD_HEADER]: `compute ${formatVersion(v)}`,
    [LEGACY_HEADER]: formatVersion(v),
    Vary: [STANDARD_HEADER, LEGACY_HEADER],
  };
}
