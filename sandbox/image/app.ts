import { GlanceError, glanceErrorResponse } from './errors';
import { settleImages } from './image-store';
import { deleteImageHandler, listImagesHandler, showImageHandler, type ImageCall } from './images';
import { emptyImageRegion } from './schema';
import { URL_VERSIONS, versionsDocument } from './versions';
import { Router } from '../http/router';
import {
  headNotGet,
  keystoneAuth,
  servePipeline,
  type Controller,
  type RegionalDeps,
} from '../http/service';
import { header, type SandboxRequest, type SandboxResponse } from '../http/types';
import { webobErrorResponse } from '../http/webob';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { ServiceApp } from '../http/listener';

// One Glance API (one region) in glance-api's paste pipeline order: the version
// negotiation filter answers version documents and unknown versions without a
// token; keystonemiddleware runs with delay_auth_decision, so the 401 comes from
// Glance's context middleware as a webob page; then the v2 router.

type ImageHandler = Controller<ImageCall>;

const VND_MEDIA_TYPE = 'application/vnd.openstack.images-';

function routes(): Router<ImageHandler> {
  return new Router<ImageHandler>()
    .add('GET', '/images', listImagesHandler)
    .add('GET', '/images/{image_id}', showImageHandler)
    .add('DELETE', '/images/{image_id}', deleteImageHandler);
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

export function createImageApp(deps: RegionalDeps): ServiceApp {
  const router = routes();
  const authenticate = keystoneAuth(deps);
  const handleApi = servePipeline<ServiceCaller, ImageCall, GlanceError>({
    // delay_auth_decision: Glance's context middleware refuses with a webob page.
    authenticate(req) {
      const auth = authenticate(req);
      if (auth.ok) return auth;
      const wwwAuthenticate = auth.response.headers?.['WWW-Authenticate'];
      return {
        ok: false,
        response: webobErrorResponse(req, {
          status: 401,
          headers:
            typeof wwwAuthenticate === 'string' ? { 'WWW-Authenticate': wwwAuthenticate } : {},
        }),
      };
    },
    early: (req, path) =>
      path === '' ? { status: 302, headers: { Location: `${req.origin}${req.path}/` } } : null,
    // HEAD is not routed to GET by Glance's routes mapper, and trailing slashes do not match.
    route: (req, path) =>
      path.endsWith('/') ? { kind: 'not-found' } : router.match(headNotGet(req.method), path),
    unrouted: (req, match) =>
      match.kind === 'not-found'
        ? webobErrorResponse(req, { status: 404 })
        : webobErrorResponse(req, { status: 405, headers: { Allow: match.allowed.join(', ') } }),
    call(req, caller) {
      const region = (deps.store.state.image[deps.regionId] ??= emptyImageRegion());
      if (settleImages(region, deps.now())) deps.store.changed();
      return {
        req,
        region,
        viewer: { projectId: caller.projectId, isAdmin: caller.roles.includes('admin') },
        changed: () => deps.store.changed(),
      };
    },
    isFailure: (err) => err instanceof GlanceError,
    failure: (err, req) => glanceErrorResponse(req, err),
  });

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
    faultAnswer: (req, status, message) =>
      webobErrorResponse(req, { status, ...(message ? { explanation: message } : {}) }),
  };
}
