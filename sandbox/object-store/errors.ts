import type { SandboxRequest, SandboxResponse } from '../http/types';

// Swift's error answers: swob's one-line HTML pages for a bare status, or a short
// text body (e.g. "Maximum limit is 10000") where the proxy gives one.

const PAGES: Record<number, [string, string]> = {
  202: ['Accepted', 'The request is accepted for processing.'],
  400: [
    'Bad Request',
    'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  ],
  401: [
    'Unauthorized',
    'This server could not verify that you are authorized to access the document you requested.',
  ],
  403: ['Forbidden', 'Access was denied to this resource.'],
  404: ['Not Found', 'The resource could not be found.'],
  405: ['Method Not Allowed', 'The method is not allowed for this resource.'],
  409: ['Conflict', 'There was a conflict when trying to complete your request.'],
  411: ['Length Required', 'Length Required'],
  412: ['Precondition Failed', 'A precondition for this request was not met.'],
  413: ['Request Entity Too Large', 'The body of your request was too large for this server.'],
  416: ['Requested Range Not Satisfiable', 'The Range requested is not available.'],
  422: ['Unprocessable Entity', 'Unable to process the contained instructions'],
  500: [
    'Internal Error',
    'The server has either erred or is incapable of performing the requested operation.',
  ],
  503: [
    'Service Unavailable',
    'The server is currently unavailable. Please try again at a later time.',
  ],
};

export const HTML = 'text/html; charset=UTF-8';

export class SwiftError extends Error {
  constructor(
    public readonly status: number,
    /** A text body instead of the status page. */
    public readonly text?: string,
    public readonly contentType = HTML,
    public readonly headers: Record<string, string | string[]> = {},
  ) {
    super(text ?? `Swift ${status}`);
  }
}

export function swobPage(status: number, explanation?: string): string {
  const [title, text] = PAGES[status] ?? ['Error', ''];
  return `<html><h1>${title}</h1><p>${explanation ?? text}</p></html>`;
}

/** The answer for an error; HEAD gets the headers without a body, as swob sends it. */
export function swiftErrorResponse(req: SandboxRequest, err: SwiftError): SandboxResponse {
  const body = Buffer.from(err.text ?? swobPage(err.status));
  return {
    status: err.status,
    headers: { 'Content-Type': err.contentType, ...err.headers },
    body: req.method === 'HEAD' ? Buffer.alloc(0) : body,
  };
}

export const notFound = () => new SwiftError(404);
export const forbidden = () => new SwiftError(403);
/** The proxy's constraint texts come as text/plain. */
export const badRequestText = (text: string) => new SwiftError(400, text, 'text/plain');
