import { authenticateServiceRequest, type ServiceAuth } from '../auth/keystone-middleware';
import type { RouteMatch } from './router';
import type { SandboxRequest, SandboxResponse } from './types';
import type { Store } from '../store';

// The pipeline every emulated API runs, written once: token check → early answers
// (redirects, documents) → route → the controller's call (region state, checks) →
// controller → the service's own error body. Each service brings its routes, its
// call and its error formatter; body shapes stay the service's own.

/** What the sandbox hands each regional service it starts. */
export interface RegionalDeps {
  store: Store;
  regionId: string;
  now(): number;
  /** Keystone's URL without /v3, for WWW-Authenticate. */
  keystoneUri(): string;
  /** How long a server takes to boot (compute); other transitions are fractions of it. */
  bootMs?: number;
  /**
   * Where the service keeps files (image data), its own per region: beside the state
   * file so they survive a restart with it, else a temporary one removed on close.
   */
  dataDir?: string;
}

export type Controller<Call> = (call: Call) => SandboxResponse | Promise<SandboxResponse>;

type Unrouted = Exclude<RouteMatch, { kind: 'found' }>;

export interface ServiceSpec<Caller, Call, Failure extends Error> {
  /** keystonemiddleware; a refused token is answered as the service answers it. */
  authenticate?(
    req: SandboxRequest,
  ): { ok: true; caller: Caller } | { ok: false; response: SandboxResponse };
  /** Answers before routing (a redirect, a document), or null to go on. */
  early?(req: SandboxRequest, path: string): SandboxResponse | null;
  route(req: SandboxRequest, path: string): RouteMatch<Controller<Call>>;
  /** No route, or not this method: a response, or a thrown service error. */
  unrouted(req: SandboxRequest, match: Unrouted): SandboxResponse;
  /** The controller's argument (region state and the like); `req.params` is set. */
  call(req: SandboxRequest, caller: Caller): Call;
  /** Checks on the built call before its controller runs (errors then know the call). */
  check?(call: Call): void;
  /** Headers and the like every answer of a controller carries. */
  respond?(response: SandboxResponse, call: Call): SandboxResponse;
  isFailure(err: unknown): err is Failure;
  /** The service's error body; `call` is null when the error came before it was built. */
  failure(err: Failure, req: SandboxRequest, call: Call | null): SandboxResponse;
}

/** Runs one API request through the pipeline; `path` is the routed path (defaults to req.path). */
export function servePipeline<Caller, Call, Failure extends Error>(
  spec: ServiceSpec<Caller, Call, Failure>,
): (req: SandboxRequest, path?: string) => Promise<SandboxResponse> {
  return async (req, path = req.path) => {
    let caller: Caller | undefined;
    if (spec.authenticate) {
      const auth = spec.authenticate(req);
      if (!auth.ok) return auth.response;
      caller = auth.caller;
    }
    const early = spec.early?.(req, path);
    if (early) return early;
    let call: Call | null = null;
    try {
      const match = spec.route(req, path);
      if (match.kind !== 'found') return spec.unrouted(req, match);
      req.params = match.params;
      // Without authenticate the caller is undefined, and Caller is then `void`.
      call = spec.call(req, caller as Caller);
      spec.check?.(call);
      const response = await match.handler(call);
      return spec.respond ? spec.respond(response, call) : response;
    } catch (err) {
      if (spec.isFailure(err)) return spec.failure(err, req, call);
      throw err;
    }
  };
}

/** keystonemiddleware in front of a regional service, checking against the sandbox's Keystone. */
export function keystoneAuth(deps: RegionalDeps): (req: SandboxRequest) => ServiceAuth {
  return (req) =>
    authenticateServiceRequest(deps.store.state.identity, req, deps.now(), deps.keystoneUri());
}

/** Routes (pecan, python-routes) that do not answer HEAD as GET see it as OPTIONS. */
export function headNotGet(method: string): string {
  return method === 'HEAD' ? 'OPTIONS' : method;
}
