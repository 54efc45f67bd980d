import { bestOffer, webobErrorResponse } from '../http/webob';
import type { SandboxRequest, SandboxResponse } from '../http/types';

// Glance raises webob.exc.HTTP* with its message as the explanation; webob renders
// it as HTML, JSON or text depending on Accept. Some raise it with the message as the
// first positional argument instead: that is webob's detail, under the default text.

export class GlanceError extends Error {
  constructor(
    public readonly status: number,
    /** Empty means webob's default explanation for the status. */
    message = '',
    public readonly headers: Record<string, string> = {},
    /** webob's detail, shown under the explanation. */
    public readonly detail?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new GlanceError(400, message);
export const forbidden = (message: string) => new GlanceError(403, message);
export const notFound = (message = '') => new GlanceError(404, message);
export const conflict = (message: string) => new GlanceError(409, message);

const DEFAULT_EXPLANATIONS: Record<number, string> = {
  403: 'Access was denied to this resource.',
  409: 'There was a conflict when trying to complete your request.',
};

/** webob.exc.HTTP<status>(message): the message as the detail under the class's text. */
export function withDetail(status: 403 | 409, message: string): GlanceError {
  return new GlanceError(status, DEFAULT_EXPLANATIONS[status], {}, message);
}

export function glanceErrorResponse(req: SandboxRequest, err: GlanceError): SandboxResponse {
  return webobErrorResponse(req, {
    status: err.status,
    explanation: err.message || undefined,
    detail: err.detail,
    headers: err.headers,
  });
}

/** webob's HTTPUnsupportedMediaType, which has a template of its own. */
export function unsupportedMediaType(req: SandboxRequest, contentType: string): SandboxResponse {
  const text = `The request media type ${contentType} is not supported by this server.\n`;
  const status = '415 Unsupported Media Type';
  if (bestOffer(req.headers.accept) === 'application/json') {
    return {
      status: 415,
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.from(
        JSON.stringify({
          message: `${text}<br /><br />\n`,
          code: status,
          title: 'Unsupported Media Type',
        }),
      ),
    };
  }
  return {
    status: 415,
    headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
    body: Buffer.from(`${status}\n\n${text}\n\n`),
  };
}
