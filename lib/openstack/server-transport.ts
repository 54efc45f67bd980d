// Server side: straight to the catalog endpoint with the session's token.
import type { Catalog } from '@/lib/openstack/identity/identity-schemas';
import { recordUpstreamCall } from '@/lib/upstream-metrics';
import { findEndpoint, type EndpointInterface } from './catalog';
import { OpenStackError, timeoutMessage, unreachableMessage } from './errors';
import { queryString, type OsRequest, type Transport } from './http';
import { negotiatedMicroversion } from './microversion-cache';
import { microversionHeaders } from './microversions';

export interface ServerContext {
  token: string;
  catalog: Catalog;
  region: string;
  iface: EndpointInterface;
}

export function missingServiceError(service: string): OpenStackError {
  return new OpenStackError({
    code: 404,
    title: 'Not Found',
    message: `This cloud has no ${service} service.`,
    service,
  });
}

const TIMEOUT_MS = 30_000;

/** A fetch that got no answer, as an OpenStackError in plain words (timeout or unreachable). */
export function unansweredError(service: string, error: unknown): OpenStackError {
  if ((error as Error | undefined)?.name === 'TimeoutError') {
    return new OpenStackError({
      code: 504,
      title: 'Gateway Timeout',
      message: timeoutMessage(service, `${TIMEOUT_MS / 1000} s`),
      service,
      reason: 'timeout',
    });
  }
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return new OpenStackError({
    code: 502,
    title: 'Bad Gateway',
    message: unreachableMessage(service, cause ?? (error as Error | undefined)?.message),
    service,
    reason: 'unreachable',
  });
}

export function serverTransport(ctx: ServerContext): Transport {
  return {
    async send(request: OsRequest) {
      const endpoint = findEndpoint(ctx.catalog, request.service, ctx.region, ctx.iface);
      if (!endpoint) throw missingServiceError(request.service);
      const version =
        request.microversion ?? (await negotiatedMicroversion(request.service, endpoint));
      const headers: Record<string, string> = {
        Accept: 'application/json',
        ...microversionHeaders(request.service, version),
        ...request.headers,
        'X-Auth-Token': ctx.token,
      };
      let body: BodyInit | undefined;
      if (request.rawBody !== undefined) {
        body = request.rawBody as BodyInit;
      } else if (request.body !== undefined) {
        headers['Content-Type'] ??= 'application/json';
        body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      }
      const streamed = body instanceof ReadableStream;
      const base = endpoint.replace(/\/+$/, '');
      const started = performance.now();
      try {
        return await fetch(`${base}${request.path}${queryString(request.query)}`, {
          method: request.method ?? 'GET',
          headers,
          body,
          redirect: 'manual',
          // A streamed upload (image data) may rightly take longer than any fixed timeout.
          signal: request.signal ?? (streamed ? undefined : AbortSignal.timeout(TIMEOUT_MS)),
          // Node's fetch needs this to send a stream; the DOM RequestInit type lacks it.
          ...(streamed ? ({ duplex: 'half' } as RequestInit) : {}),
        });
      } catch (error) {
        // The caller gave up: not the service's fault.
        if ((error as Error | undefined)?.name === 'AbortError') throw error;
        // The same words the proxy gives the browser for a service that does not answer.
        throw unansweredError(request.service, error);
      } finally {
        recordUpstreamCall(request.service, performance.now() - started);
      }
    },
  };
}
