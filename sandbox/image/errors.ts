import { webobErrorResponse } from '../http/webob';
import type { SandboxRequest, SandboxResponse } from '../http/types';

// Glance raises webob.exc.HTTP* with its message as the explanation; webob renders
// it as HTML, JSON or text depending on Accept.

export class GlanceError extends Error {
  constructor(
    public readonly status: number,
    /** Empty means webob's default explanation for the status. */
    message = '',
    public readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new GlanceError(400, message);
export const forbidden = (message: string) => new GlanceError(403, message);
export const notFound = (message = '') => new GlanceError(404, message);

export function glanceErrorResponse(req: SandboxRequest, err: GlanceError): SandboxResponse {
  return webobErrorResponse(req, {
    status: err.status,
    explanation: err.message || undefined,
    headers: err.headers,
  });
}
