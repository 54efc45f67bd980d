// What every Magnum call shares: the service, and the microversion pinned.
import type { OsRequest } from '../http';

/**
 * Magnum's version document names its maximum `max_version`, not `version`, so the
 * generic negotiation finds none; every call asks for 1.10 (Xena's and the devcloud's
 * maximum), which resize (1.7), upgrade (1.8) and node groups (1.9) need.
 */
export const MAGNUM_MICROVERSION = '1.10';

export function magnum(request: Omit<OsRequest, 'service'>): OsRequest {
  return { service: 'container-infra', microversion: MAGNUM_MICROVERSION, ...request };
}
