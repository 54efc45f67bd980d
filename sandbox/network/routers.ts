import { FLOATING_IPS, ROUTERS } from './collections';
import { notFound } from './errors';
import { listBody, project, requestedFields } from './list-query';
import { floatingIpVisible, routerVisible } from './policy';
import { floatingIpView, routerView } from './views';
import type { NetworkCall } from './call';
import type { SandboxResponse } from '../http/types';

// Routers and floating IPs (api-ref network v2 "Routers", "Floating IPs"): read
// only, enough for the Overview's counts and the topology.

export function listRouters(call: NetworkCall): SandboxResponse {
  const views = call.region.routers.filter((r) => routerVisible(call.viewer, r)).map(routerView);
  return { status: 200, body: listBody(call.req, ROUTERS, views) };
}

export function showRouter(call: NetworkCall): SandboxResponse {
  const id = call.req.params.id ?? '';
  const router = call.region.routers.find((r) => r.id === id);
  if (!router || !routerVisible(call.viewer, router)) throw notFound('router', id);
  return { status: 200, body: { router: project(routerView(router), requestedFields(call.req)) } };
}

export function listFloatingIps(call: NetworkCall): SandboxResponse {
  const views = call.region.floatingIps
    .filter((f) => floatingIpVisible(call.viewer, f))
    .map(floatingIpView);
  return { status: 200, body: listBody(call.req, FLOATING_IPS, views) };
}

export function showFloatingIp(call: NetworkCall): SandboxResponse {
  const id = call.req.params.id ?? '';
  const fip = call.region.floatingIps.find((f) => f.id === id);
  if (!fip || !floatingIpVisible(call.viewer, fip)) throw notFound('floatingip', id);
  return {
    status: 200,
    body: { floatingip: project(floatingIpView(fip), requestedFields(call.req)) },
  };
}
