import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { requestId } from '../ids';
import { BodyTooLargeError, readBody } from './body';
import type { SandboxRequest, SandboxResponse } from './types';
import type { AddressInfo } from 'node:net';

/** What one emulated service plugs into a listener. Errors keep the service's own shape. */
export interface ServiceApp {
  handle(req: SandboxRequest): Promise<SandboxResponse>;
  tooLarge(req: SandboxRequest): SandboxResponse;
  internalError(req: SandboxRequest, err: unknown): SandboxResponse;
  /** Extra per-request headers, e.g. Nova's x-compute-request-id. */
  requestHeaders?(requestId: string): Record<string, string>;
  /**
   * The service's own error body for `status` (500, 503; Keystone also 401), as
   * the fault switch asks for it; `message` replaces the service's usual text.
   */
  faultAnswer?(req: SandboxRequest, status: number, message?: string): SandboxResponse;
  /**
   * True for a request whose body the service reads itself from `req.stream` (image
   * data): it is neither read ahead nor held to MAX_BODY_BYTES.
   */
  streamsBody?(req: SandboxRequest): boolean;
}

/**
 * Asked before the service handles a request (the fault switch): an answer, 'drop'
 * (the connection is destroyed, no answer), or null to let the service answer.
 */
export type Gate = (
  req: SandboxRequest,
  remoteAddress: string | undefined,
) => Promise<SandboxResponse | 'drop' | null>;

export interface Listener {
  port: number;
  /** http://host:port */
  origin: string;
  close(): Promise<void>;
}

/** oslo.middleware's default max_request_body_size. */
export const MAX_BODY_BYTES = 114688;

function toRequest(req: IncomingMessage, fallbackOrigin: string, id: string): SandboxRequest {
  const rawUrl = req.url ?? '/';
  const q = rawUrl.indexOf('?');
  const rawQuery = q >= 0 ? rawUrl.slice(q + 1) : '';
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: q >= 0 ? rawUrl.slice(0, q) : rawUrl,
    rawQuery,
    query: new URLSearchParams(rawQuery),
    headers: req.headers,
    body: Buffer.alloc(0),
    params: {},
    origin: req.headers.host ? `http://${req.headers.host}` : fallbackOrigin,
    requestId: id,
  };
}

function sendStream(
  res: ServerResponse,
  method: string,
  response: SandboxResponse & { body: Readable },
  id: string,
  extra: Record<string, string>,
): void {
  res.statusCode = response.status;
  res.setHeader('x-openstack-request-id', id);
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (method === 'HEAD') {
    response.body.destroy();
    res.end();
    return;
  }
  // A client going away mid-download ends the pipeline; nothing to answer then.
  pipeline(response.body, res).catch(() => undefined);
}

function send(
  res: ServerResponse,
  method: string,
  response: SandboxResponse,
  id: string,
  extra: Record<string, string>,
): void {
  if (response.body instanceof Readable) {
    sendStream(res, method, { ...response, body: response.body }, id, extra);
    return;
  }
  const payload =
    response.body === undefined
      ? null
      : Buffer.isBuffer(response.body)
        ? response.body
        : Buffer.from(JSON.stringify(response.body));
  res.statusCode = response.status;
  res.setHeader('x-openstack-request-id', id);
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  if (payload) res.setHeader('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (response.status !== 204) res.setHeader('Content-Length', payload ? payload.length : 0);
  res.end(method === 'HEAD' || response.status === 204 ? undefined : (payload ?? undefined));
}

export async function listen(
  host: string,
  port: number,
  app: ServiceApp,
  gate?: Gate,
): Promise<Listener> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const id = requestId();
    const request = toRequest(req, origin, id);
    const extra = app.requestHeaders?.(id) ?? {};
    void (async () => {
      let response: SandboxResponse;
      try {
        if (app.streamsBody?.(request)) request.stream = req;
        else request.body = await readBody(req, MAX_BODY_BYTES);
        const verdict = gate ? await gate(request, req.socket.remoteAddress) : null;
        if (verdict === 'drop') {
          req.socket.destroy();
          return;
        }
        response = verdict ?? (await app.handle(request));
      } catch (err) {
        if (err instanceof BodyTooLargeError) {
          res.setHeader('Connection', 'close');
          response = app.tooLarge(request);
        } else {
          console.error('sandbox: unexpected error', err);
          response = app.internalError(request, err);
        }
      }
      send(res, request.method, response, id, extra);
    })();
  });

  return {
    port: actualPort,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
