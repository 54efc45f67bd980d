// The generic proxy: /api/os/<service-type>/<path> → the catalog endpoint of that
// service in the session's region, with the session's token added on the way.
import { catalogFor } from '@/lib/catalog-cache';
import { endpointInterface } from '@/lib/config';
import { findEndpoint, isKnownService } from '@/lib/openstack/catalog';
import {
  extractMessage,
  OpenStackError,
  parseBodyText,
  statusTitle,
  timeoutMessage,
  unreachableMessage,
} from '@/lib/openstack/errors';
import { negotiatedMicroversion } from '@/lib/openstack/microversion-cache';
import { microversionHeaders, parseVersion } from '@/lib/openstack/microversions';
import { assertSafeRawPath, buildUpstreamUrl, UnsafePathError } from '@/lib/openstack/upstream-url';
import { sessionState } from '@/lib/session-cookie';
import { hstsHeader } from '@/lib/transport-security';
import { recordUpstreamCall } from '@/lib/upstream-metrics';
import { errorResponse, SESSION_EXPIRED_MESSAGE } from './error-response';
import { hardenProxyResponse } from './harden-response';
import { forwardRequestHeaders, forwardResponseHeaders } from './headers';
import { navigationRefusal } from './navigation';
import { MAX_ERROR_BODY_BYTES, readCappedText } from './read-capped';
import { crossOriginRefusal } from './same-origin';
import { isStreamedUpload, sendStreamed } from './streamed-upload';
import { headerTimer, startTimerAfterBody, upstreamTimeoutMs } from './upstream-timeout';
import type { NextRequest } from 'next/server';

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

// The path may be empty: /api/os/object-store is Swift's account.
const PREFIX = /^\/api\/os\/([^/]+)(?:\/(.*))?$/;

function rawParts(requestUrl: string): { service: string; path: string; search: string } | null {
  const url = new URL(requestUrl);
  const match = PREFIX.exec(url.pathname);
  if (!match) return null;
  return { service: match[1] ?? '', path: match[2] ?? '', search: url.search };
}

/** Identity paths the browser never needs: token issue/validation stays server-side. */
function forbiddenIdentityPath(path: string): boolean {
  // Only called on a path assertSafeRawPath accepted, so decoding cannot throw.
  return /(^|\/)auth\/tokens(\/|$)/i.test(decodeURIComponent(path));
}

/**
 * At most 1 MiB of an error body, read as a stream (the rest is never read), and
 * for no longer than the header wait: what came by then is what is passed on.
 */
async function readErrorBody(response: Response): Promise<unknown> {
  return parseBodyText(
    await readCappedText(response.body, MAX_ERROR_BODY_BYTES, upstreamTimeoutMs()),
  );
}

/** Every answer of the proxy, the cloud's or its own, leaves with the same guard headers. */
export async function forward(req: NextRequest): Promise<Response> {
  const response = hardenProxyResponse(await forwardUnhardened(req));
  const hsts = hstsHeader(req.headers.get('x-forwarded-proto'));
  if (hsts) response.headers.set('strict-transport-security', hsts);
  return response;
}

async function forwardUnhardened(req: NextRequest): Promise<Response> {
  const parts = rawParts(req.url);
  const service = parts?.service ?? 'unknown';
  const navigation = navigationRefusal(new URL(req.url).pathname, req.headers);
  if (navigation) return errorResponse(403, navigation, service);
  if (!parts) return errorResponse(400, 'Malformed proxy path.', service);
  // Checked before anything decodes it (a stray % would otherwise throw URIError).
  try {
    assertSafeRawPath(parts.path);
  } catch (error) {
    if (error instanceof UnsafePathError) return errorResponse(400, error.message, service);
    throw error;
  }

  const state = await sessionState(req.cookies);
  if (state.status !== 'ok') {
    return errorResponse(401, SESSION_EXPIRED_MESSAGE, service, { sessionExpired: true });
  }
  const refusal = crossOriginRefusal(req.method, req.headers, req.url);
  if (refusal) return errorResponse(403, refusal, service);
  if (!isKnownService(service)) {
    return errorResponse(404, `Unknown service type "${service.slice(0, 64)}".`, service);
  }
  if (service === 'identity' && forbiddenIdentityPath(parts.path)) {
    return errorResponse(403, 'Token operations are not available through the proxy.', service);
  }

  const session = state.token;
  let endpoint: string | undefined;
  try {
    const catalog = await catalogFor(session.authUrl, session.token, session.expiresAt);
    endpoint = findEndpoint(catalog, service, session.region, endpointInterface());
  } catch (error) {
    if (error instanceof OpenStackError && error.status === 401) {
      return errorResponse(401, SESSION_EXPIRED_MESSAGE, service, { sessionExpired: true });
    }
    // Keystone's own words are already in the message (keystone.ts): shown as they are.
    const message = error instanceof Error ? error.message : 'Could not read the service catalog.';
    return errorResponse(502, message, 'identity', { reason: 'unreachable' });
  }
  if (!endpoint) return errorResponse(404, `This cloud has no ${service} service.`, service);

  let target: URL;
  try {
    target = buildUpstreamUrl(endpoint, parts.path, parts.search);
  } catch (error) {
    if (error instanceof UnsafePathError) return errorResponse(400, error.message, service);
    throw error;
  }

  const headers = forwardRequestHeaders(req.headers);
  const pinned = req.headers.get('x-dashboard-microversion');
  if (!headers.has('openstack-api-version')) {
    const version =
      pinned && parseVersion(pinned) ? pinned : await negotiatedMicroversion(service, endpoint);
    for (const [name, value] of Object.entries(microversionHeaders(service, version))) {
      headers.set(name, value);
    }
  }
  headers.set('x-auth-token', session.token);

  const requestBody = req.method !== 'GET' && req.method !== 'HEAD' ? req.body : null;
  const timeoutMs = upstreamTimeoutMs();
  const timer = headerTimer(timeoutMs);
  // With a body, the wait for headers starts once it has all been sent.
  if (!requestBody) timer.start();
  let upstream: Response;
  const started = performance.now();
  const signal = AbortSignal.any([req.signal, timer.signal]);
  try {
    upstream =
      requestBody && (isStreamedUpload(headers) || service === 'object-store')
        ? // Image data and Swift objects (any type): streamed with backpressure, never held in memory.
          await sendStreamed(
            target,
            req.method,
            headers,
            startTimerAfterBody(requestBody, timer),
            signal,
          )
        : await fetch(target, {
            method: req.method,
            headers,
            body: requestBody ? startTimerAfterBody(requestBody, timer) : undefined,
            ...(requestBody ? { duplex: 'half' } : {}),
            redirect: 'manual',
            signal,
          } as RequestInit);
  } catch (error) {
    if (timer.timedOut) {
      return errorResponse(504, timeoutMessage(service, formatSeconds(timeoutMs)), service, {
        reason: 'timeout',
      });
    }
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return errorResponse(502, unreachableMessage(service, cause), service, {
      reason: 'unreachable',
    });
  } finally {
    timer.clear();
    recordUpstreamCall(service, performance.now() - started);
  }

  const requestId = upstream.headers.get('x-openstack-request-id') ?? undefined;
  if (upstream.status === 401) {
    const body = await readErrorBody(upstream);
    return errorResponse(401, SESSION_EXPIRED_MESSAGE, service, {
      sessionExpired: true,
      upstream: body,
      requestId,
    });
  }
  if (upstream.status >= 400) {
    const body = req.method === 'HEAD' ? undefined : await readErrorBody(upstream);
    const { message, title } = extractMessage(body);
    return errorResponse(
      upstream.status,
      message ?? `${service} answered ${upstream.status} ${statusTitle(upstream.status)}.`,
      service,
      { upstream: body, requestId, title },
    );
  }
  const noBody = req.method === 'HEAD' || upstream.status === 204 || upstream.status === 304;
  return new Response(noBody ? null : upstream.body, {
    status: upstream.status,
    headers: forwardResponseHeaders(upstream.headers),
  });
}
