import { GlanceError, glanceErrorResponse } from './errors';
import { settleImages } from './image-store';
import { listImagesHandler, showImageHandler, type ImageCall } from './images';
import { emptyImageRegion } from './schema';
import { URL_VERSIONS, versionsDocument } from './versions';
import { authenticateServiceRequest } from '../auth/keystone-middleware';
import { Router } from '../http/router';
import { header, type SandboxRequest, type SandboxResponse } from '../http/types';
import { webobErrorResponse } from '../http/webob';
import type { ServiceApp } from '../http/listener';
import type { Store } from '../store';

// One Glance API (one region) in glance-api's paste pipeline order: the version
// negotiation filter answers version documents and unknown versions without a
// token; keystonemiddleware runs with delay_auth_decision, so the 401 comes from
// Glance's context middleware as a webob page; then the v2 router.

export interface ImageDeps {
  store: Store;
  regionId: string;
  now(): number;
  /** Keystone's URL without /v3, for WWW-Authenticate. */
  keystoneUri(): string;
}

type ImageHandler = (call: ImageCall) => SandboxResponse;

const VND_MEDIA_TYPE = 'application/vnd.openstack.images-';

function routes(): Router<ImageHandler> {
  return new Router<ImageHandler>()
    .add('GET', '/images', listImagesHandler)
    .add('GET', '/images/{image_id}', showImageHandler);
}

function versionsResponse(req: SandboxRequest, status: 200 | 300): SandboxResponse {
  return { status, body: versionsDocument(req.origin) };
}

/** VersionNegotiationFilter: the API path without its version, or null for "no such version". */
function negotiate(req: SandboxRequest): string | null {
  const accept = header(req, 'accept') ?? '';
  if (accept.startsWith(VND_MEDIA_TYPE)) {
    return URL_VERSIONS.has(accept.slice(VND_MEDIA_TYPE.length)) ? req.path : null;
  }
  const path = req.path.replace(/^\/+/, '');
  const slash = path.indexOf('/');
  const segment = slash < 0 ? path : path.slice(0, slash);
  return URL_VERSIONS.has(segment) ? (slash < 0 ? '' : path.slice(slash)) : null;
}

export function createImageApp(deps: ImageDeps): ServiceApp {
  const router = routes();

  function handleApi(req: SandboxRequest, path: string): SandboxResponse {
    const state = deps.store.state;
    const now = deps.now();
    const auth = authenticateServiceRequest(state.identity, req, now, deps.keystoneUri());
    if (!auth.ok) {
      const wwwAuthenticate = auth.response.headers?.['WWW-Authenticate'];
      return webobErrorResponse(req, {
        status: 401,
        headers: typeof wwwAuthenticate === 'string' ? { 'WWW-Authenticate': wwwAuthenticate } : {},
      });
    }
    if (path === '') {
      return { status: 302, headers: { Location: `${req.origin}${req.path}/` } };
    }
    // HEAD is not routed to GET by Glance's routes mapper, and trailing slashes do not match.
    const match = path.endsWith('/')
      ? { kind: 'not-found' as const }
      : router.match(req.method === 'HEAD' ? 'OPTIONS' : req.method, path);
    if (match.kind === 'not-found') return webobErrorResponse(req, { status: 404 });
    if (match.kind === 'method-not-allowed') {
      return webobErrorResponse(req, {
        status: 405,
        headers: { Allow: match.allowed.join(', ') },
      });
    }
    const region = (state.image[deps.regionId] ??= emptyImageRegion());
    if (settleImages(region, now)) deps.store.changed();
    req.params = match.params;
    try {
      return match.handler({
        req,
        region,
        viewer: { projectId: auth.caller.projectId, isAdmin: auth.caller.roles.includes('admin') },
      });
    } catch (err) {
      if (err instanceof GlanceError) return glanceErrorResponse(req, err);
      throw err;
    }
  }

  return {
    async handle(req) {
      if (req.path.replace(/^\/+/, '').split('/')[0] === 'versions') {
        return versionsResponse(req, 200);
      }
      const path = negotiate(req);
      if (path === null) return versionsResponse(req, 300);
      return handleApi(req, path);
    },
    tooLarge: (req) => webobErrorResponse(req, { status: 413 }),
    internalError: (req) => webobErrorResponse(req, { status: 500 }),
  };
}
