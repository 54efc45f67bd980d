import { CAPACITY, HYPERVISOR_ID, RESERVED_MEMORY_MB } from '../compute/hypervisors';
import { COMPUTE_HOST } from '../compute/server-store';
import { Router } from '../http/router';
import { keystoneAuth, servePipeline, type Controller, type RegionalDeps } from '../http/service';
import { header, type SandboxRequest, type SandboxResponse } from '../http/types';
import type { ServiceCaller } from '../auth/keystone-middleware';
import type { ServiceApp } from '../http/listener';

// A minimal Placement (one region), as a Zed devstack answers it: the version
// document, resource providers, their inventories and usages, for the sandbox's one
// compute node (its provider's UUID is the hypervisor's, as Nova makes it). The
// figures follow the sandbox's Nova: the fake driver's capacity, Nova's reserved
// host memory and the flavors of the servers on the host. Admins only, as
// placement's default policy. api-ref: placement, "Resource Providers",
// "Resource Provider Inventories", "Resource Provider Usages".

const MAX_VERSION = '1.39';
/** Zed's initial allocation ratios (nova.conf initial_*_allocation_ratio). */
const RATIOS = { VCPU: 4.0, MEMORY_MB: 1.0, DISK_GB: 1.0 };

export class PlacementError extends Error {
  constructor(
    public readonly status: number,
    public readonly title: string,
    detail: string,
  ) {
    super(detail);
  }
}

interface PlacementCall {
  req: SandboxRequest;
  caller: ServiceCaller;
  deps: RegionalDeps;
  version: string;
}

type Handler = Controller<PlacementCall>;

function versionOf(req: SandboxRequest): string {
  const value = header(req, 'openstack-api-version') ?? '';
  const match = /^\s*placement\s+(\d+\.\d+|latest)\s*$/i.exec(value);
  if (!match) return '1.0';
  if (match[1] === 'latest') return MAX_VERSION;
  const [major, minor] = (match[1] ?? '1.0').split('.').map(Number);
  if (major !== 1 || (minor ?? 0) > 39)
    throw new PlacementError(406, 'Not Acceptable', `Unacceptable version header: ${match[1]}`);
  return `1.${minor ?? 0}`;
}

function requireAdmin(call: PlacementCall, rule: string) {
  if (!call.caller.roles.includes('admin'))
    throw new PlacementError(
      403,
      'Forbidden',
      `Policy does not allow placement:${rule} to be performed.`,
    );
}

function hostServers(call: PlacementCall) {
  const region = call.deps.store.state.compute[call.deps.regionId];
  return (region?.servers ?? []).filter((s) => s.host === COMPUTE_HOST && s.deletedAt === null);
}

/** The generation moves with every allocation change: one per server placed here. */
function generation(call: PlacementCall): number {
  return 1 + hostServers(call).length;
}

const atLeast = (version: string, minor: number) => Number(version.split('.')[1] ?? 0) >= minor;

/** A provider as each microversion shows it (links grow with 1.1, 1.6, 1.11; tree fields 1.14). */
function providerView(call: PlacementCall): Record<string, unknown> {
  const self = `/resource_providers/${HYPERVISOR_ID}`;
  const links = [
    { rel: 'self', href: self },
    { rel: 'inventories', href: `${self}/inventories` },
    { rel: 'usages', href: `${self}/usages` },
  ];
  if (atLeast(call.version, 1)) links.push({ rel: 'aggregates', href: `${self}/aggregates` });
  if (atLeast(call.version, 6)) links.push({ rel: 'traits', href: `${self}/traits` });
  if (atLeast(call.version, 11)) links.push({ rel: 'allocations', href: `${self}/allocations` });
  return {
    uuid: HYPERVISOR_ID,
    name: COMPUTE_HOST,
    generation: generation(call),
    ...(atLeast(call.version, 14)
      ? { parent_provider_uuid: null, root_provider_uuid: HYPERVISOR_ID }
      : {}),
    links,
  };
}

function findProvider(call: PlacementCall): void {
  const uuid = call.req.params.uuid ?? '';
  if (uuid !== HYPERVISOR_ID)
    throw new PlacementError(
      404,
      'Not Found',
      `The resource could not be found.\n\n No resource provider with uuid ${uuid} found  `,
    );
}

const inventory = (total: number, reserved: number, ratio: number) => ({
  allocation_ratio: ratio,
  max_unit: total,
  min_unit: 1,
  reserved,
  step_size: 1,
  total,
});

const listProviders: Handler = (call) => {
  requireAdmin(call, 'resource_providers:list');
  const name = call.req.query.get('name');
  const uuid = call.req.query.get('uuid');
  const match =
    (name === null || name === COMPUTE_HOST) && (uuid === null || uuid === HYPERVISOR_ID);
  return { status: 200, body: { resource_providers: match ? [providerView(call)] : [] } };
};

const showProvider: Handler = (call) => {
  requireAdmin(call, 'resource_providers:show');
  findProvider(call);
  return { status: 200, body: providerView(call) };
};

const listInventories: Handler = (call) => {
  requireAdmin(call, 'resource_providers:inventories:list');
  findProvider(call);
  return {
    status: 200,
    body: {
      inventories: {
        VCPU: inventory(CAPACITY.vcpus, 0, RATIOS.VCPU),
        MEMORY_MB: inventory(CAPACITY.memory_mb, RESERVED_MEMORY_MB, RATIOS.MEMORY_MB),
        DISK_GB: inventory(CAPACITY.local_gb, 0, RATIOS.DISK_GB),
      },
      resource_provider_generation: generation(call),
    },
  };
};

const listUsages: Handler = (call) => {
  requireAdmin(call, 'resource_providers:usages');
  findProvider(call);
  const servers = hostServers(call);
  const sum = (pick: (f: (typeof servers)[number]['flavor']) => number) =>
    servers.reduce((n, s) => n + pick(s.flavor), 0);
  return {
    status: 200,
    body: {
      resource_provider_generation: generation(call),
      usages: {
        VCPU: sum((f) => f.vcpus),
        MEMORY_MB: sum((f) => f.ram),
        DISK_GB: sum((f) => f.disk + f.ephemeral),
      },
    },
  };
};

function routes(): Router<Handler> {
  const r = new Router<Handler>();
  r.add('GET', '/resource_providers', listProviders);
  r.add('GET', '/resource_providers/{uuid}', showProvider);
  r.add('GET', '/resource_providers/{uuid}/inventories', listInventories);
  r.add('GET', '/resource_providers/{uuid}/usages', listUsages);
  return r;
}

function versionHeaders(version: string): Record<string, string> {
  return { 'OpenStack-API-Version': `placement ${version}`, Vary: 'openstack-api-version' };
}

export function errorResponse(err: PlacementError, version = '1.0'): SandboxResponse {
  return {
    status: err.status,
    headers: versionHeaders(version),
    body: {
      errors: [
        {
          status: err.status,
          title: err.title,
          detail: err.message,
          request_id: `req-${crypto.randomUUID()}`,
          code: 'placement.undefined_code',
        },
      ],
    },
  };
}

export function createPlacementApp(deps: RegionalDeps): ServiceApp {
  const router = routes();
  const handleApi = servePipeline<ServiceCaller, PlacementCall, PlacementError>({
    authenticate: keystoneAuth(deps),
    route: (req, path) => router.match(req.method, path),
    unrouted(_req, match) {
      if (match.kind === 'not-found')
        throw new PlacementError(404, 'Not Found', 'The resource could not be found.\n\n   ');
      throw new PlacementError(
        405,
        'Method Not Allowed',
        'The method specified is not allowed for this resource.\n\n   ',
      );
    },
    call: (req, caller) => ({ req, caller, deps, version: versionOf(req) }),
    respond: (response, call) => ({
      ...response,
      headers: { ...versionHeaders(call.version), ...response.headers },
    }),
    isFailure: (err) => err instanceof PlacementError,
    failure: (err) => errorResponse(err),
  });
  return {
    async handle(req) {
      const path = req.path.replace(/\/+$/, '');
      if (path === '' && req.method === 'GET')
        return {
          status: 200,
          headers: versionHeaders('1.0'),
          body: {
            versions: [
              {
                id: 'v1.0',
                max_version: MAX_VERSION,
                min_version: '1.0',
                status: 'CURRENT',
                links: [{ rel: 'self', href: '' }],
              },
            ],
          },
        };
      return handleApi(req, path);
    },
    tooLarge: () =>
      errorResponse(new PlacementError(413, 'Request Entity Too Large', 'Request is too large.')),
    internalError: () =>
      errorResponse(
        new PlacementError(
          500,
          'Internal Server Error',
          'The server has either erred or is incapable of performing the requested operation.\n\n   ',
        ),
      ),
  };
}
