import type { SandboxResponse } from '../http/types';

// nova/api/openstack/wsgi.py Fault: {"<faultName>": {"code": ..., "message": ...}}.

const FAULT_NAMES: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflictingRequest',
  413: 'overLimit',
  415: 'badMediaType',
  429: 'overLimit',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

export class NovaFault extends Error {
  constructor(
    public readonly code: number,
    message: string,
    /** Microversion headers to echo even though the request failed. */
    public readonly headers: Record<string, string | string[]> = {},
  ) {
    super(message);
  }
}

export function faultResponse(
  code: number,
  message: string,
  headers: Record<string, string | string[]> = {},
): SandboxResponse {
  return {
    status: code,
    headers,
    body: { [FAULT_NAMES[code] ?? 'computeFault']: { code, message } },
  };
}

export const badRequest = (message: string) => new NovaFault(400, message);
export const conflict = (message: string) => new NovaFault(409, message);
export const forbidden = (message: string) => new NovaFault(403, message);
export const notFound = (message = 'The resource could not be found.') =>
  new NovaFault(404, message);

/** oslo.policy denial as Nova renders it (PolicyNotAuthorized). */
export function policyDenied(rule: string): NovaFault {
  return forbidden(`Policy doesn't allow ${rule} to be performed.`);
}
