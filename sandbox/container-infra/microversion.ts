import { MagnumError, UnsupportedVersion } from './errors';
import { header, type SandboxRequest } from '../http/types';

// Magnum's microversions: `OpenStack-API-Version: container-infra 1.x`, 1.1 to 1.10
// as on the devcloud (Zed); none asked means the minimum, `latest` the maximum.

export const MIN_MINOR = 1;
export const MAX_MINOR = 10;

export function negotiateMinor(req: SandboxRequest): number {
  const raw = header(req, 'openstack-api-version');
  if (!raw) return MIN_MINOR;
  const asked = /container-infra\s+(\S+)/i.exec(raw)?.[1];
  if (!asked) return MIN_MINOR;
  if (asked === 'latest') return MAX_MINOR;
  const m = /^1\.(\d+)$/.exec(asked);
  if (!m) {
    throw new MagnumError(
      400,
      `Invalid value for OpenStack-API-Version header: container-infra ${asked}`,
    );
  }
  const minor = Number(m[1]);
  if (minor < MIN_MINOR || minor > MAX_MINOR) {
    throw new UnsupportedVersion(`1.${MIN_MINOR}`, `1.${MAX_MINOR}`);
  }
  return minor;
}

export function versionHeaders(minor: number): Record<string, string> {
  return {
    'OpenStack-API-Minimum-Version': `container-infra 1.${MIN_MINOR}`,
    'OpenStack-API-Maximum-Version': `container-infra 1.${MAX_MINOR}`,
    'OpenStack-API-Version': `container-infra 1.${minor}`,
    Vary: 'OpenStack-API-Version',
  };
}

/** A route that needs a newer microversion answers as Magnum's does. */
export function requireMinor(minor: number, needed: number): void {
  if (minor < needed) {
    // pecan's versioned method finds no version: a bare 406.
    throw new MagnumError(406, '');
  }
}
