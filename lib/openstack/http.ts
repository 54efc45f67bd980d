// The one choke point through which the dashboard talks to OpenStack: in the
// browser it goes through our proxy, on the server straight to the catalog
// endpoint with the token. The per-service modules (lib/openstack/<service-type>/) only ever call osFetch.
import { OpenStackError, parseBodyText, toOpenStackError } from './errors';
import type { ServiceTypeName } from './catalog';
import type { z } from 'zod';

export type QueryValue = string | number | boolean | undefined | null;

export type RawBody = Blob | ReadableStream<Uint8Array> | ArrayBuffer | Uint8Array;

export interface OsRequest {
  service: ServiceTypeName;
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the service endpoint, starting with '/' ('' for the endpoint itself: Swift's account). */
  path: string;
  query?: Record<string, QueryValue | QueryValue[]>;
  body?: unknown;
  /** A body sent as is (image data), streamed when a stream; set its Content-Type in headers. */
  rawBody?: RawBody;
  headers?: Record<string, string>;
  /** Pin a microversion for this call; otherwise the negotiated one is used. */
  microversion?: string;
  signal?: AbortSignal;
}

export interface Transport {
  send(request: OsRequest): Promise<Response>;
}

export function queryString(query: OsRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values)
      if (v !== undefined && v !== null && v !== '') params.append(key, String(v));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Encode one path segment (names may hold spaces and other characters). */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

async function errorFrom(service: ServiceTypeName, response: Response): Promise<OpenStackError> {
  const body = parseBodyText(await response.text().catch(() => ''));
  // Through the proxy, an error's request ID comes in its body.
  const bodyId = (body as { error?: { requestId?: unknown } } | undefined)?.error?.requestId;
  const requestId =
    response.headers.get('x-openstack-request-id') ??
    (typeof bodyId === 'string' ? bodyId : undefined);
  const sessionExpired =
    typeof body === 'object' &&
    body !== null &&
    (body as { error?: { sessionExpired?: unknown } }).error?.sessionExpired === true;
  const error = toOpenStackError(service, response.status, body, requestId);
  return sessionExpired
    ? new OpenStackError({ ...error.toJSON().error, sessionExpired: true })
    : error;
}

/** Send a request and parse the JSON answer with the schema the UI relies on. */
export async function osFetch<S extends z.ZodType>(
  transport: Transport,
  request: OsRequest,
  schema: S,
): Promise<z.infer<S>> {
  const response = await transport.send(request);
  if (!response.ok) throw await errorFrom(request.service, response);
  const body = parseBodyText(await response.text());
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new OpenStackError({
      code: 502,
      title: 'Unexpected response',
      message: `${request.service} answered ${request.method ?? 'GET'} ${request.path} with a body this dashboard does not understand: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      service: request.service,
    });
  }
  return parsed.data;
}

/** Send a request whose answer has no body the UI needs (DELETE, actions). */
export async function osSend(transport: Transport, request: OsRequest): Promise<Response> {
  const response = await transport.send(request);
  if (!response.ok) throw await errorFrom(request.service, response);
  return response;
}
