import * as bridges from './bridges';
import { consolePage } from './consoles';
import { faultResponse, NovaFault } from './faults';
import { createKeypair, deleteKeypair, listKeypairs, showKeypair } from './keypairs';
import { negotiate, versionHeaders, type ApiVersion } from './microversion';
import { emptyComputeRegion } from './region-state';
import { checkContentType } from './request-body';
import { addNovaRoutes, type ComputeHandler } from './routes';
import { v21Document, versionsDocument } from './versions';
import { DEFAULT_BOOT_MS } from '../config';
import { Router } from '../http/router';
import { keystoneAuth, servePipeline, type RegionalDeps } from '../http/service';
import { WEBOB_EXPLANATIONS } from '../http/webob';
import type { ComputeCall } from './call';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { ServiceApp } from '../http/listener';
import type { SandboxRequest, SandboxResponse } from '../http/types';

// One Nova API (one region) in Nova's pipeline order: version documents need no
// token; everything else passes keystonemiddleware, routing, microversion
// negotiation, the content-type gate and the URL project check, then the controller.

const PROJECT_ID = /^[0-9a-f-]+$/;

function routes(): Router<ComputeHandler> {
  const router = new Router<ComputeHandler>();
  const add = (method: string, path: string, handler: ComputeHandler) => {
    router.add(method, `/v2.1${path}`, handler);
    router.add(method, `/v2.1/{project_id}${path}`, handler);
  };
  add('GET', '/os-keypairs', listKeypairs);
  add('POST', '/os-keypairs', createKeypair);
  add('GET', '/os-keypairs/{keypair_name}', showKeypair);
  add('DELETE', '/os-keypairs/{keypair_name}', deleteKeypair);
  addNovaRoutes(add);
  return router;
}

/** The server a console token opens, while the token lives and the server exists. */
function consoleTarget(deps: RegionalDeps, token: string) {
  const state = deps.store.state;
  const region = state.compute[deps.regionId];
  const console = region?.consoles.find((c) => c.token === token && c.expiresAt > deps.now());
  const server = region?.servers.find((s) => s.id === console?.serverId && s.deletedAt === null);
  if (!server) return null;
  const addresses = Object.values(bridges.serverAddresses(state, deps.regionId, server.id))
    .flat()
    .map((a) => String(a.addr));
  return { server, addresses };
}

function versionDocumentResponse(req: SandboxRequest): SandboxResponse {
  const negotiation = negotiate(req);
  if (!negotiation.ok) {
    const headers = negotiation.status === 406 ? versionHeaders(negotiation.version) : {};
    return faultResponse(negotiation.status, negotiation.message, headers);
  }
  return {
    status: 200,
    headers: versionHeaders(negotiation.version),
    body: v21Document(req.origin),
  };
}

function negotiated(req: SandboxRequest): ApiVersion {
  const negotiation = negotiate(req);
  if (negotiation.ok) return negotiation.version;
  const headers = negotiation.status === 406 ? versionHeaders(negotiation.version) : {};
  throw new NovaFault(negotiation.status, negotiation.message, headers);
}

const NOVA_500 =
  'Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.';

export function createComputeApp(deps: RegionalDeps): ServiceApp {
  const router = routes();
  const handleApi = servePipeline<ServiceCaller, ComputeCall, NovaFault>({
    authenticate: keystoneAuth(deps),
    route(req) {
      const match = router.match(req.method, req.path);
      const projectId = match.kind === 'found' ? match.params.project_id : undefined;
      return projectId !== undefined && !PROJECT_ID.test(projectId) ? { kind: 'not-found' } : match;
    },
    // Nova answers a wrong method as an unknown resource.
    unrouted: () => faultResponse(404, 'The resource could not be found.'),
    call: (req, caller) => ({
      req,
      version: negotiated(req),
      caller,
      region: (deps.store.state.compute[deps.regionId] ??= emptyComputeRegion()),
      urlProjectId: req.params.project_id ?? null,
      now: deps.now(),
      changed: () => deps.store.changed(),
      state: deps.store.state,
      regionId: deps.regionId,
      timings: { bootMs: deps.bootMs ?? DEFAULT_BOOT_MS },
    }),
    check(call) {
      checkContentType(call.req);
      const { urlProjectId, caller } = call;
      if (urlProjectId !== null && urlProjectId !== caller.projectId) {
        throw new NovaFault(
          400,
          `Malformed request URL: URL's project_id '${urlProjectId}' doesn't match Context's project_id ` +
            `'${caller.projectId ?? 'None'}'`,
        );
      }
    },
    respond: (response, call) => ({
      ...response,
      headers: { ...versionHeaders(call.version), ...response.headers },
    }),
    isFailure: (err) => err instanceof NovaFault,
    failure: (err, _req, call) =>
      faultResponse(err.code, err.message, {
        ...(call ? versionHeaders(call.version) : {}),
        ...err.headers,
      }),
  });

  return {
    async handle(req) {
      const path = req.path.replace(/\/+$/, '');
      if (path === '' && req.method === 'GET')
        return { status: 200, body: versionsDocument(req.origin) };
      if (path === '/v2.1' && req.method === 'GET') return versionDocumentResponse(req);
      if (path.startsWith('/v2.1/')) return handleApi(req);
      if (path === '/vnc_lite.html' && req.method === 'GET') {
        return consolePage(req, (token) => consoleTarget(deps, token));
      }
      return faultResponse(404, 'The resource could not be found.');
    },
    tooLarge: () => faultResponse(413, 'Request is too large.'),
    internalError: () => faultResponse(500, NOVA_500),
    faultAnswer: (_req, status, message) =>
      faultResponse(
        status,
        message ?? (status === 500 ? NOVA_500 : (WEBOB_EXPLANATIONS[status] ?? '')),
      ),
    requestHeaders: (id) => ({ 'x-compute-request-id': id }),
  };
}
