import type { SandboxResponse } from '../http/types';

// Heat's error body (heat.api.middleware.fault):
// {"explanation": …, "code": 400, "error": {"message", "traceback": null, "type"}, "title"}

const WEBOB: Record<number, { title: string; explanation: string }> = {
  400: {
    title: 'Bad Request',
    explanation:
      'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  },
  403: { title: 'Forbidden', explanation: 'Access was denied to this resource.' },
  404: { title: 'Not Found', explanation: 'The resource could not be found.' },
  405: {
    title: 'Method Not Allowed',
    explanation:
      'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  },
  409: {
    title: 'Conflict',
    explanation: 'There was a conflict when trying to complete your request.',
  },
  413: { title: 'Request Entity Too Large', explanation: 'The request is too large.' },
  500: {
    title: 'Internal Server Error',
    explanation:
      'The server has either erred or is incapable of performing the requested operation.',
  },
  503: {
    title: 'Service Unavailable',
    explanation: 'The server is currently unavailable. Please try again at a later time.',
  },
};

export class HeatError extends Error {
  constructor(
    public readonly status: number,
    /** Heat's exception class name, e.g. StackValidationFailed. */
    public readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export function heatErrorResponse(err: HeatError): SandboxResponse {
  const webob = WEBOB[err.status] ?? WEBOB[500]!;
  return {
    status: err.status,
    body: {
      explanation: webob.explanation,
      code: err.status,
      error: { message: err.message, traceback: null, type: err.type },
      title: webob.title,
    },
  };
}

export const validationFailed = (message: string) =>
  new HeatError(400, 'StackValidationFailed', message);
export const badRequest = (message: string) => new HeatError(400, 'HTTPBadRequest', message);
export const stackNotFound = (ident: string) =>
  new HeatError(404, 'EntityNotFound', `The Stack (${ident}) could not be found.`);
export const entityNotFound = (entity: string, name: string) =>
  new HeatError(404, 'EntityNotFound', `The ${entity} (${name}) could not be found.`);
