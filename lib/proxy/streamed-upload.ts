// Sends a large request body (image data) upstream with node:http, which waits for
// the socket before reading more of the browser's upload. Node's fetch reads a
// stream body as fast as it comes and keeps it in memory until sent (undici issue
// #4058): a 1 GiB image would sit in the dashboard's memory.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

/** Bodies that go this way: raw data, not the JSON documents fetch handles well. */
export function isStreamedUpload(headers: Headers): boolean {
  return (headers.get('content-type') ?? '').split(';')[0]?.trim() === 'application/octet-stream';
}

function responseOf(res: IncomingMessage): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const status = res.statusCode ?? 502;
  const noBody = status === 204 || status === 304;
  if (noBody) res.resume();
  return new Response(
    noBody ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>),
    { status, headers },
  );
}

/** Like fetch(target, { method, headers, body, redirect: 'manual', signal }), streamed with backpressure. */
export function sendStreamed(
  target: URL,
  method: string,
  headers: Headers,
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const outgoing: Record<string, string> = {};
    headers.forEach((value, name) => {
      outgoing[name] = value;
    });
    const req = send(target, { method, headers: outgoing, signal }, (res) =>
      resolve(responseOf(res)),
    );
    // The same shape as fetch's failures: the reason's code under `cause`.
    req.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        Object.assign(new Error(error.message), { name: error.name, cause: { code: error.code } }),
      ),
    );
    const source = Readable.fromWeb(body as unknown as NodeReadableStream<Uint8Array>);
    pipeline(source, req).catch((error: unknown) => {
      req.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
}
