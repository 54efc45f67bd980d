import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listContainers, updateAccount } from './account';
import { bulkDelete } from './bulk-delete';
import { parseSwiftPath, type SwiftCall, type SwiftPath } from './call';
import { createContainer, deleteContainer, listObjects, updateContainer } from './containers';
import { SwiftError, swiftErrorResponse, swobPage, HTML } from './errors';
import { infoDocument } from './info';
import { ObjectFiles } from './object-files';
import { copyFromHandler, copyHandler } from './objects-copy';
import { getObject } from './objects-read';
import { deleteObject, putObject, updateObject } from './objects-write';
import { pyJson } from './py-json';
import { emptyObjectStoreRegion, type ObjectStoreRegionState } from './schema';
import { keystoneAuth, servePipeline, type Controller, type RegionalDeps } from '../http/service';
import { header, type SandboxRequest } from '../http/types';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { ServiceApp } from '../http/listener';
import type { RouteMatch } from '../http/router';

// One Swift proxy (one region): /info without a token; /v1/<account>/… through
// keystoneauth (delay_auth_decision: an anonymous caller may still read a public
// container), then the account, container or object controller.

type SwiftHandler = Controller<SwiftCall>;

const ROUTES: Record<'account' | 'container' | 'object', Record<string, SwiftHandler>> = {
  account: {
    GET: listContainers,
    POST: (call) => (call.req.query.has('bulk-delete') ? bulkDelete(call) : updateAccount(call)),
  },
  container: {
    GET: listObjects,
    PUT: createContainer,
    POST: updateContainer,
    DELETE: deleteContainer,
  },
  object: {
    GET: getObject,
    PUT: (call) => (header(call.req, 'x-copy-from') ? copyFromHandler(call) : putObject(call)),
    POST: updateObject,
    DELETE: deleteObject,
    COPY: copyHandler,
  },
};

/** The proxy controllers' Allow header (the copy middleware adds COPY to OPTIONS). */
const ALLOW: Record<keyof typeof ROUTES, string> = {
  account: 'POST, GET, HEAD, OPTIONS',
  container: 'POST, GET, HEAD, OPTIONS, DELETE, PUT',
  object: 'POST, GET, HEAD, OPTIONS, DELETE, PUT',
};

function level(p: SwiftPath): keyof typeof ROUTES {
  return p.object !== null ? 'object' : p.container !== null ? 'container' : 'account';
}

function route(req: SandboxRequest, p: SwiftPath): RouteMatch<SwiftHandler> {
  const handlers = ROUTES[level(p)];
  const handler = handlers[req.method === 'HEAD' ? 'GET' : req.method];
  if (handler) return { kind: 'found', handler, params: {} };
  return { kind: 'method-not-allowed', allowed: [ALLOW[level(p)]] };
}

/** Swift's transaction id: tx, 21 hex digits, a dash and the time in hex (10 digits). */
function transId(requestId: string, now: number): string {
  const hex = requestId
    .replace(/[^0-9a-f]/g, '')
    .slice(0, 21)
    .padEnd(21, '0');
  return `tx${hex}-${Math.floor(now / 1000)
    .toString(16)
    .padStart(10, '0')}`;
}

function fileIdsOf(region: ObjectStoreRegionState): Set<string> {
  const ids = new Set<string>();
  for (const account of Object.values(region.accounts)) {
    for (const container of account.containers)
      for (const o of container.objects) ids.add(o.fileId);
  }
  return ids;
}

function isObjectPut(req: SandboxRequest): boolean {
  if (req.method !== 'PUT') return false;
  try {
    return parseSwiftPath(req.path)?.object != null;
  } catch {
    return false;
  }
}

export function createObjectStoreApp(deps: RegionalDeps): ServiceApp {
  const files = new ObjectFiles(
    deps.dataDir ?? mkdtempSync(path.join(tmpdir(), `sandbox-object-store-${deps.regionId}-`)),
  );
  const initial = deps.store.state.objectStore[deps.regionId];
  void files.prune(initial ? fileIdsOf(initial) : new Set());
  const authenticate = keystoneAuth(deps);
  const parsed = new WeakMap<SandboxRequest, SwiftPath>();

  const handleApi = servePipeline<ServiceCaller | null, SwiftCall, SwiftError>({
    // delay_auth_decision: a missing or bad token makes an anonymous request.
    authenticate(req) {
      const auth = authenticate(req);
      return { ok: true, caller: auth.ok ? auth.caller : null };
    },
    route: (req) => {
      const p = parsed.get(req);
      return p ? route(req, p) : { kind: 'not-found' };
    },
    unrouted: (req, match) =>
      match.kind === 'not-found'
        ? swiftErrorResponse(req, new SwiftError(404))
        : swiftErrorResponse(
            req,
            new SwiftError(405, undefined, HTML, { Allow: match.allowed.join(', ') }),
          ),
    call(req, caller) {
      const region = (deps.store.state.objectStore[deps.regionId] ??= emptyObjectStoreRegion());
      const swiftPath = parsed.get(req) ?? { account: '', container: null, object: null };
      const project = deps.store.state.identity.projects.find(
        (p) => `AUTH_${p.id}` === swiftPath.account,
      );
      return {
        req,
        region,
        caller,
        path: swiftPath,
        projectDomainId: project?.domainId ?? null,
        files,
        keystoneUri: deps.keystoneUri(),
        now: deps.now,
        changed: () => deps.store.changed(),
      };
    },
    // swob sends Content-Length: 0 on a 204, which the listener leaves out.
    respond: (response) =>
      response.status === 204
        ? { ...response, headers: { 'Content-Length': '0', ...response.headers } }
        : response,
    isFailure: (err) => err instanceof SwiftError,
    failure: (err, req) => swiftErrorResponse(req, err),
  });

  return {
    async handle(req) {
      if (req.path === '/info' && (req.method === 'GET' || req.method === 'HEAD')) {
        return {
          status: 200,
          headers: { 'Content-Type': 'application/json; charset=UTF-8' },
          body: Buffer.from(pyJson(infoDocument())),
        };
      }
      let p: SwiftPath | null;
      try {
        p = parseSwiftPath(req.path);
      } catch (err) {
        if (err instanceof SwiftError) return swiftErrorResponse(req, err);
        throw err;
      }
      if (!p) return swiftErrorResponse(req, new SwiftError(404));
      if (req.method === 'OPTIONS') {
        const allow = `${ALLOW[level(p)]}${level(p) === 'object' ? ', COPY' : ''}`;
        return {
          status: 200,
          headers: { Allow: allow, 'Content-Type': HTML },
          body: Buffer.alloc(0),
        };
      }
      parsed.set(req, p);
      return handleApi(req);
    },
    requestHeaders: (id) => {
      const tx = transId(id, deps.now());
      return { 'X-Trans-Id': tx, 'X-Openstack-Request-Id': tx };
    },
    streamsBody: isObjectPut,
    tooLarge: (req) => swiftErrorResponse(req, new SwiftError(413)),
    internalError: (req) => swiftErrorResponse(req, new SwiftError(500)),
    faultAnswer: (req, status, message) =>
      swiftErrorResponse(req, new SwiftError(status, swobPage(status, message))),
  };
}
