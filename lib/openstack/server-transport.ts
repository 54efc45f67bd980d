// Server side: straight to the catalog endpoint with the session's token.
import type { Catalog } from '@/lib/openstack/identity/identity-schemas';
import { recordUpstreamCall } from '@/lib/upstream-metrics';
import { findEndpoint, type EndpointInterface } from './catalog';
import { OpenStackError } from './errors';
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
      let body: string | undefined;
      if (request.body !== undefined) {
        headers['Content-Type'] ??= 'application/json';
        body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      }
      const base = endpoint.replace(/\/+$/, '');
      const started = performance.now();
      try {
        return await fetch(`${base}${request.path}${queryString(request.query)}`, {
          method: request.method ?? 'GET',
          headers,
          body,
          redirect: 'manual',
          signal: request.signal ?? AbortSignal.timeout(30_000),
        });
      } finally {
        recordUpstreamCall(request.service, performance.now() - started);
      }
    },
  };
}
