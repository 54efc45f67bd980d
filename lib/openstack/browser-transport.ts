// Browser side: every call goes through the dashboard's own proxy, same origin,
// authenticated by the HttpOnly session cookie. The token never reaches this code.
import { queryString, type OsRequest, type Transport } from './http';

export const PROXY_PREFIX = '/api/os';

export const browserTransport: Transport = {
  send(request: OsRequest) {
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    if (request.microversion) headers['X-Dashboard-Microversion'] = request.microversion;
    let body: BodyInit | undefined;
    if (request.rawBody !== undefined) {
      body = request.rawBody as BodyInit;
    } else if (request.body !== undefined) {
      headers['Content-Type'] ??= 'application/json';
      body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    }
    return fetch(`${PROXY_PREFIX}/${request.service}${request.path}${queryString(request.query)}`, {
      method: request.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: request.signal,
      ...(body instanceof ReadableStream ? ({ duplex: 'half' } as RequestInit) : {}),
    });
  },
};
