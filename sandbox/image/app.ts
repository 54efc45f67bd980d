import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GlanceError, glanceErrorResponse } from './errors';
import { createImageHandler } from './image-create';
import {
  downloadImageDataHandler,
  stageImageDataHandler,
  uploadImageDataHandler,
} from './image-data';
import { ImageDataFiles } from './image-data-files';
import { importImageHandler, importInfoHandler, storesInfoHandler } from './image-import';
import {
  addMemberHandler,
  listMembersHandler,
  removeMemberHandler,
  showMemberHandler,
  updateMemberHandler,
} from './image-members';
import { settleImages } from './image-store';
import { addTagHandler, removeTagHandler } from './image-tags';
import { updateImageHandler } from './image-update';
import { deleteImageHandler, listImagesHandler, showImageHandler, type ImageCall } from './images';
import { emptyImageRegion, type ImageRegionState } from './schema';
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
    .add('POST', '/images', createImageHandler)
    .add('GET', '/images/{image_id}', showImageHandler)
    .add('PATCH', '/images/{image_id}', updateImageHandler)
    .add('DELETE', '/images/{image_id}', deleteImageHandler)
    .add('PUT', '/images/{image_id}/file', uploadImageDataHandler)
    .add('GET', '/images/{image_id}/file', downloadImageDataHandler)
    .add('PUT', '/images/{image_id}/stage', stageImageDataHandler)
    .add('POST', '/images/{image_id}/import', importImageHandler)
    .add('GET', '/images/{image_id}/members', listMembersHandler)
    .add('POST', '/images/{image_id}/members', addMemberHandler)
    .add('GET', '/images/{image_id}/members/{member_id}', showMemberHandler)
    .add('PUT', '/images/{image_id}/members/{member_id}', updateMemberHandler)
    .add('DELETE', '/images/{image_id}/members/{member_id}', removeMemberHandler)
    .add('PUT', '/images/{image_id}/tags/{tag}', addTagHandler)
    .add('DELETE', '/images/{image_id}/tags/{tag}', removeTagHandler)
    .add('GET', '/info/import', importInfoHandler)
    .add('GET', '/info/stores', storesInfoHandler);
}

/** PUT of image data: the one route whose body is streamed, not read ahead and capped. */
const STREAMED = /^\/(v2(\.\d+)?\/)?images\/[^/]+\/(file|stage)$/;

/**
 * Uploads cannot survive a restart: an image left `saving` goes back to `queued`, and
 * files of images no longer in the state (or partial ones) go.
 */
function recoverData(region: ImageRegionState, files: ImageDataFiles): boolean {
  let changed = false;
  region.images = region.images.map((image) => {
    if (image.status !== 'saving') return image;
    changed = true;
    return { ...image, status: 'queued' };
  });
  void files.prune(new Set(region.images.map((i) => i.id)));
  return changed;
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
  const files = new ImageDataFiles(
    deps.dataDir ?? mkdtempSync(path.join(tmpdir(), `sandbox-image-${deps.regionId}-`)),
  );
  const initial = deps.store.state.image[deps.regionId];
  if (initial && recoverData(initial, files)) deps.store.changed();
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
        files,
        now: deps.now,
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
    streamsBody: (req) => req.method === 'PUT' && STREAMED.test(req.path),
    tooLarge: (req) => webobErrorResponse(req, { status: 413 }),
    internalError: (req) => webobErrorResponse(req, { status: 500 }),
    faultAnswer: (req, status, message) =>
      webobErrorResponse(req, { status, ...(message ? { explanation: message } : {}) }),
  };
}
