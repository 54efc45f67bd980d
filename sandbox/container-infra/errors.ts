import type { SandboxResponse } from '../http/types';

// Magnum's error body (magnum.api.middleware.parsable_error):
// {"errors": [{"request_id": "", "code": "client"|"server", "status", "title", "detail", "links": []}]}
// The title is the detail without its final full stop.

export class MagnumError extends Error {
  constructor(
    public readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Magnum's answer for a microversion outside 1.1–1.10. */
export class UnsupportedVersion extends MagnumError {
  constructor(
    public readonly min: string,
    public readonly max: string,
  ) {
    super(406, 'Requested microversion is unsupported');
  }
}

export function magnumErrorResponse(err: MagnumError): SandboxResponse {
  if (err instanceof UnsupportedVersion) {
    return {
      status: 406,
      body: {
        errors: [
          {
            max_version: err.max,
            min_version: err.min,
            code: 'magnum.microversion-unsupported',
            links: [
              {
                rel: 'help',
                href: 'http://docs.openstack.org/api-guide/compute/microversions.html',
              },
            ],
            title: err.message,
          },
        ],
      },
    };
  }
  const detail = err.message;
  return {
    status: err.status,
    body: {
      errors: [
        {
          request_id: '',
          // pecan's own refusals (no route, wrong method) carry no words at all.
          code: detail === '' ? '' : err.status >= 500 ? 'server' : 'client',
          status: err.status,
          title: detail.replace(/\.$/, ''),
          detail,
          links: [],
        },
      ],
    },
  };
}

/** wsme's "Invalid input for field/attribute …" (exception.InvalidParameterValue). */
export const invalidField = (field: string, value: string, why: string) =>
  new MagnumError(400, `Invalid input for field/attribute ${field}. Value: '${value}'. ${why}`);
export const badRequest = (message: string) => new MagnumError(400, message);
export const notFound = (message: string) => new MagnumError(404, message);
export const forbidden = (message: string) => new MagnumError(403, message);
export const conflict = (message: string) => new MagnumError(409, message);
/** exception.NotSupported */
export const notSupported = (operation: string) =>
  new MagnumError(400, `${operation} is not supported.`);
export const policyRefusal = (rule: string) =>
  forbidden(`Policy doesn't allow ${rule} to be performed.`);
