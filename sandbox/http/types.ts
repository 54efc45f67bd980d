import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

export interface SandboxRequest {
  /** Upper-case HTTP method as sent (HEAD stays HEAD). */
  method: string;
  /** Path without the query string, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  /** The raw query string without '?', as the client sent it. */
  rawQuery: string;
  headers: IncomingHttpHeaders;
  /** Empty when the service streams the body itself (see `stream`). */
  body: Buffer;
  /** The body, unread and uncapped, on requests the service streams (image data). */
  stream?: Readable;
  /** Path parameters from the matched route, percent-decoded. */
  params: Record<string, string>;
  /** scheme://host[:port] the client used to reach this listener. */
  origin: string;
  requestId: string;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string | string[]>;
  /**
   * Serialised as JSON, a Buffer sent as is (set Content-Type), a Readable streamed as
   * is (set Content-Type and Content-Length); omitted means an empty body.
   */
  body?: unknown;
}

export type Handler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export function header(req: Pick<SandboxRequest, 'headers'>, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}
