import * as bridges from './bridges';
import { consolePage } from './consoles';
import { faultResponse, NovaFault } from './faults';
import { createKeypair, deleteKeypair, listKeypairs, showKeypair } from './keypairs';
import { negotiate, versionHeaders } from './microversion';
import { emptyComputeRegion } from './region-state';
import { checkContentType } from './request-body';
import { addNovaRoutes } from './routes';
import { v21Document, versionsDocument } from './versions';
import { authenticateServiceRequest } from '../auth/keystone-middleware';
import { DEFAULT_BOOT_MS } from '../config';
import { Router } from '../http/router';
import type { ComputeCall } from './call';
import type { ServiceApp } from '../http/listener';
import type { SandboxRequest, SandboxResponse } from '../http/types';
import type { Store } from '../store';

// One Nova API (one region) in Nova's pipeline order: version documents need no
// token; everything else passes keystonemiddleware, routing, microversion
// negotiation, the content-type gate and the URL project check, then the controller.

export interface ComputeDeps {
  store: Store;
  regionId: string;
  now(): number;
  /** Keystone's URL without /v3, for WWW-Authenticate. */
  keystoneUri(): string;
  /** How long a server takes to boot; other transitions are fractions of it. */
  bootMs?: number;
}

type ComputeHandler = (call: ComputeCall) => SandboxResponse | Promise<SandboxResponse>;

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
function consoleTarget(deps: ComputeDeps, token: string) {
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

export function createComputeApp(deps: ComputeDeps): ServiceApp {
  const router = routes();

  async function handleApi(req: SandboxRequest): Promise<SandboxResponse> {
    const state = deps.store.state;
    const auth = authenticateServiceRequest(state.identity, req, deps.now(), deps.keystoneUri());
    if (!auth.ok) return auth.response;
    const match = router.match(req.method, req.path);
    const projectId = match.kind === 'found' ? (match.params.project_id ?? null) : null;
    if (match.kind !== 'found' || (projectId !== null && !PROJECT_ID.test(projectId))) {
      return faultResponse(404, 'The resource could not be found.');
    }
    const negotiation = negotiate(req);
    if (!negotiation.ok) {
      const headers = negotiation.status === 406 ? versionHeaders(negotiation.version) : {};
      return faultResponse(negotiation.status, negotiation.message, headers);
    }
    const headers = versionHeaders(negotiation.version);
    try {
      checkContentType(req);
      if (projectId !== null && projectId !== auth.caller.projectId) {
        throw new NovaFault(
          400,
          `Malformed request URL: URL's project_id '${projectId}' doesn't match Context's project_id ` +
            `'${auth.caller.projectId ?? 'None'}'`,
        );
      }
      req.params = match.params;
      const region = (state.compute[deps.regionId] ??= emptyComputeRegion());
      const response = await match.handler({
        req,
        version: negotiation.version,
        caller: auth.caller,
        region,
        urlProjectId: projectId,
        now: deps.now(),
        changed: () => deps.store.changed(),
        state,
        regionId: deps.regionId,
        timings: { bootMs: deps.bootMs ?? DEFAULT_BOOT_MS },
      });
      return { ...response, headers: { ...headers, ...response.headers } };
    } catch (err) {
      if (err instanceof NovaFault)
        return faultResponse(err.code, err.message, { ...headers, ...err.headers });
      throw err;
    }
  }

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
    internalError: () =>
      faultResponse(
        500,
        'Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the Nova API log if possible.',
      ),
    requestHeaders: (id) => ({ 'x-compute-request-id': id }),
  };
}
