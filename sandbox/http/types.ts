import type { IncomingHttpHeaders } from 'node:http';

export interface SandboxRequest {
  /** Upper-case HTTP method as sent (HEAD stays HEAD). */
  method: string;
  /** Path without the query string, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  /** The raw query string without '?', as the client sent it. */
  rawQuery: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Path parameters from the matched route, percent-decoded. */
  params: Record<string, string>;
  /** scheme://host[:port] the client used to reach this listener. */
  origin: string;
  requestId: string;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string | string[]>;
  /** Serialised as JSON, a Buffer sent as is (set Content-Type); omitted means an empty body. */
  body?: unknown;
}

export type Handler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

export function header(req: Pick<SandboxRequest, 'headers'>, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}
