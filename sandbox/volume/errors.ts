import type { SandboxResponse } from '../http/types';

// Cinder's fault body: {"<kind>": {"code": N, "message": "..."}} with the kinds of
// cinder.api.openstack.wsgi.Fault (badRequest, itemNotFound, overLimit…).

export class CinderFault extends Error {
  constructor(
    public readonly status: number,
    public readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

export function faultResponse(err: CinderFault): SandboxResponse {
  const inner: Record<string, unknown> = { code: err.status, message: err.message };
  if (err.status === 413) inner.retryAfter = '0';
  return { status: err.status, body: { [err.kind]: inner } };
}

export const badRequest = (message: string) => new CinderFault(400, 'badRequest', message);
/** exception.InvalidInput */
export const invalidInput = (reason: string) => badRequest(`Invalid input received: ${reason}`);
/** exception.InvalidVolume */
export const invalidVolume = (reason: string) => badRequest(`Invalid volume: ${reason}`);
export const invalidSnapshot = (reason: string) => badRequest(`Invalid snapshot: ${reason}`);
export const invalidBackup = (reason: string) => badRequest(`Invalid backup: ${reason}`);
export const notFound = (message: string) => new CinderFault(404, 'itemNotFound', message);
export const forbidden = (message: string) => new CinderFault(403, 'forbidden', message);
export const policyRefusal = (rule: string) =>
  forbidden(`Policy doesn't allow ${rule} to be performed.`);
export const conflict = (message: string) => new CinderFault(409, 'conflictingRequest', message);
export const overLimit = (message: string) => new CinderFault(413, 'overLimit', message);
