import { ROUTERS } from './collections';
import { badRequest, httpBadRequest, NeutronError, notFound, overQuota } from './errors';
import { listBody, project, requestedFields } from './list-query';
import { routerVisible } from './policy';
import { targetProject } from './ports';
import { wouldExceed } from './quota-usage';
import { touch } from './records';
import { isUuidLike, resourceBody, toBool, type AttrSpec } from './request-body';
import { checkRoutes, parseRoutes, type Route } from './router-rules';
import {
  addInterfaceByPort,
  addInterfaceBySubnet,
  deleteRouter,
  interfacePorts,
  newRouter,
  removeInterface,
  routerIps,
  routerSubnets,
  setGateway,
  type GatewayRequest,
} from './router-store';
import { routerView } from './views';
import { parseJsonObject } from '../http/body';
import type { NetworkCall } from './call';
import type { PortRecord, RouterRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// Routers (api-ref network v2 "Routers (routers)", "Extra routes (extraroute)",
// "Extra routes atomic"): create/update/delete, external gateway with SNAT,
// interfaces by subnet or port, static routes.

const rw = (kind: AttrSpec['kind']): AttrSpec => ({ kind, post: true, put: true });

const ROUTER_ATTRS: Record<string, AttrSpec> = {
  id: { kind: 'any', post: false, put: false },
  name: rw('string'),
  description: rw('string'),
  admin_state_up: rw('bool'),
  status: { kind: 'any', post: false, put: false },
  tenant_id: { kind: 'string', post: true, put: false },
  project_id: { kind: 'string', post: true, put: false },
  external_gateway_info: rw('any'),
  routes: { kind: 'any', post: false, put: true },
  availability_zone_hints: { kind: 'any', post: true, put: false },
  flavor_id: { kind: 'any', post: true, put: false },
};

function findRouter(call: NetworkCall): RouterRecord {
  const id = call.req.params.id ?? '';
  const router = call.region.routers.find((r) => r.id === id);
  if (!router || !routerVisible(call.viewer, router)) throw notFound('router', id);
  return router;
}

export function listRouters(call: NetworkCall): SandboxResponse {
  const views = call.region.routers.filter((r) => routerVisible(call.viewer, r)).map(routerView);
  return { status: 200, body: listBody(call.req, ROUTERS, views) };
}

export function showRouter(call: NetworkCall): SandboxResponse {
  const view = routerView(findRouter(call));
  return { status: 200, body: { router: project(view, requestedFields(call.req)) } };
}

/** external_gateway_info's own validation, then the admin-only parts as policy. */
function gatewayRequest(
  call: NetworkCall,
  value: unknown,
  action: 'create' | 'update',
  current: RouterRecord | null,
): GatewayRequest | null {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw httpBadRequest(
      `Invalid input for external_gateway_info. Reason: '${String(value)}' is not a dictionary.`,
    );
  }
  const info = value as Record<string, unknown>;
  if (Object.keys(info).length === 0) return null;
  const extra = Object.keys(info).filter(
    (k) => !['network_id', 'enable_snat', 'external_fixed_ips'].includes(k),
  );
  if (extra.length > 0 || !isUuidLike(info.network_id)) {
    const reason =
      extra.length > 0
        ? `Unexpected keys supplied: ${extra.join(', ')}`
        : `'${String(info.network_id)}' is not a valid UUID`;
    throw httpBadRequest(`Invalid input for external_gateway_info. Reason: ${reason}.`);
  }
  const adminParts = ['enable_snat', 'external_fixed_ips'].filter((k) => k in info);
  if (adminParts.length > 0 && !call.viewer.isAdmin) {
    const rule = `${action}_router:external_gateway_info`;
    const parts = ['network_id', ...adminParts].map((k) => `rule:${rule}:${k}`).join(' and ');
    throw new NeutronError(
      403,
      'PolicyNotAuthorized',
      `(rule:${action}_router and (rule:${rule} and (${parts}))) is disallowed by policy`,
    );
  }
  const fixed = Array.isArray(info.external_fixed_ips)
    ? (info.external_fixed_ips as Record<string, unknown>[]).map((ip) => ({
        subnetId: typeof ip.subnet_id === 'string' ? ip.subnet_id : undefined,
        ipAddress: typeof ip.ip_address === 'string' ? ip.ip_address : undefined,
      }))
    : undefined;
  return {
    networkId: info.network_id,
    enableSnat:
      info.enable_snat === undefined
        ? (current?.gateway?.enableSnat ?? true)
        : toBool(info.enable_snat),
    fixedIps: fixed,
  };
}

export function createRouterHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'router', ROUTER_ATTRS, true);
  const projectId = targetProject(call, body);
  const gateway =
    body.external_gateway_info === undefined
      ? null
      : gatewayRequest(call, body.external_gateway_info, 'create', null);
  if (wouldExceed(call.region, projectId, 'router')) throw overQuota(['router']);
  const router = newRouter(
    {
      projectId,
      name: typeof body.name === 'string' ? body.name : '',
      description: typeof body.description === 'string' ? body.description : '',
      adminStateUp: body.admin_state_up === undefined ? true : toBool(body.admin_state_up),
    },
    call.now,
  );
  setGateway(call.region, router, gateway, call.now);
  call.region.routers.push(router);
  call.changed();
  return { status: 201, body: { router: routerView(router) } };
}

function checkedRoutes(call: NetworkCall, router: RouterRecord, routes: Route[]): Route[] {
  checkRoutes(routes, routerSubnets(call.region, router.id), routerIps(call.region, router.id));
  return routes;
}

export function updateRouterHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'router', ROUTER_ATTRS, false);
  const router = findRouter(call);
  const routes = body.routes === undefined ? undefined : parseRoutes(body.routes);
  if (body.external_gateway_info !== undefined) {
    const gateway = gatewayRequest(call, body.external_gateway_info, 'update', router);
    setGateway(call.region, router, gateway, call.now);
  }
  if (routes !== undefined) router.routes = checkedRoutes(call, router, routes);
  if (typeof body.name === 'string') router.name = body.name;
  if (typeof body.description === 'string') router.description = body.description;
  if (body.admin_state_up !== undefined) router.adminStateUp = toBool(body.admin_state_up);
  touch(router, call.now);
  call.changed();
  return { status: 200, body: { router: routerView(router) } };
}

export function deleteRouterHandler(call: NetworkCall): SandboxResponse {
  deleteRouter(call.region, findRouter(call));
  call.changed();
  return { status: 204 };
}

function interfaceBody(call: NetworkCall): { subnetId?: string; portId?: string } {
  const json = call.req.body.length > 0 ? parseJsonObject(call.req.body) : undefined;
  if (call.req.body.length > 0 && !json) throw httpBadRequest('Body contains invalid data');
  const subnetId = json?.subnet_id;
  const portId = json?.port_id;
  for (const value of [subnetId, portId]) {
    if (value !== undefined && !isUuidLike(value)) {
      throw badRequest('router', `'${String(value)}' is not a valid UUID`);
    }
  }
  return {
    subnetId: typeof subnetId === 'string' ? subnetId : undefined,
    portId: typeof portId === 'string' ? portId : undefined,
  };
}

function interfaceInfo(router: RouterRecord, port: PortRecord) {
  const subnetIds = port.fixedIps.map((ip) => ip.subnetId);
  return {
    id: router.id,
    tenant_id: router.projectId,
    port_id: port.id,
    network_id: port.networkId,
    subnet_id: subnetIds[0] ?? '',
    subnet_ids: subnetIds,
  };
}

export function addInterfaceHandler(call: NetworkCall): SandboxResponse {
  const router = findRouter(call);
  const { subnetId, portId } = interfaceBody(call);
  if (subnetId === undefined && portId === undefined) {
    throw badRequest('router', 'Either subnet_id or port_id must be specified');
  }
  if (subnetId !== undefined && portId !== undefined) {
    throw badRequest('router', 'Cannot specify both subnet-id and port-id');
  }
  let port: PortRecord;
  if (portId !== undefined) {
    const found = call.region.ports.find((p) => p.id === portId);
    if (!found || (!call.viewer.isAdmin && found.projectId !== call.viewer.projectId)) {
      throw notFound('port', portId);
    }
    addInterfaceByPort(call.region, router, found, call.now);
    port = found;
  } else {
    const id = subnetId ?? '';
    const subnet = call.region.subnets.find((s) => s.id === id);
    if (!subnet || (!call.viewer.isAdmin && subnet.projectId !== call.viewer.projectId)) {
      throw notFound('subnet', id);
    }
    port = addInterfaceBySubnet(call.region, router, subnet, call.now);
  }
  call.changed();
  return { status: 200, body: interfaceInfo(router, port) };
}

export function removeInterfaceHandler(call: NetworkCall): SandboxResponse {
  const router = findRouter(call);
  const { subnetId, portId } = interfaceBody(call);
  if (subnetId === undefined && portId === undefined) {
    throw badRequest('router', 'Either subnet_id or port_id must be specified');
  }
  const attached = interfacePorts(call.region, router.id);
  let port: PortRecord | undefined;
  if (portId !== undefined) {
    port = attached.find((p) => p.id === portId);
    if (
      !port ||
      (subnetId !== undefined && !port.fixedIps.some((ip) => ip.subnetId === subnetId))
    ) {
      throw new NeutronError(
        404,
        'RouterInterfaceNotFound',
        `Router ${router.id} does not have an interface with id ${portId}`,
      );
    }
  } else {
    const id = subnetId ?? '';
    if (!call.region.subnets.some((s) => s.id === id)) throw notFound('subnet', id);
    port = attached.find((p) => p.fixedIps.some((ip) => ip.subnetId === id));
    if (!port) {
      throw new NeutronError(
        404,
        'RouterInterfaceNotFoundForSubnet',
        `Router ${router.id} has no interface on subnet ${id}`,
      );
    }
  }
  const info = interfaceInfo(router, port);
  removeInterface(call.region, router, port, call.now);
  call.changed();
  return { status: 200, body: info };
}

function extraRoutesBody(call: NetworkCall): Route[] {
  const json = call.req.body.length > 0 ? parseJsonObject(call.req.body) : undefined;
  const router = json?.router;
  if (typeof router !== 'object' || router === null || Array.isArray(router)) {
    throw httpBadRequest("Unable to find 'router' in request body");
  }
  return parseRoutes((router as Record<string, unknown>).routes);
}

const sameRoute = (a: Route, b: Route) =>
  a.destination === b.destination && a.nexthop === b.nexthop;

/** extraroute-atomic: add_extraroutes keeps the others. */
export function addExtraRoutesHandler(call: NetworkCall): SandboxResponse {
  const router = findRouter(call);
  const added = extraRoutesBody(call).filter((r) => !router.routes.some((o) => sameRoute(o, r)));
  router.routes = checkedRoutes(call, router, [...router.routes, ...added]);
  touch(router, call.now);
  call.changed();
  return { status: 200, body: { router: routerView(router) } };
}

export function removeExtraRoutesHandler(call: NetworkCall): SandboxResponse {
  const router = findRouter(call);
  const removed = extraRoutesBody(call);
  router.routes = router.routes.filter((r) => !removed.some((o) => sameRoute(o, r)));
  touch(router, call.now);
  call.changed();
  return { status: 200, body: { router: routerView(router) } };
}
