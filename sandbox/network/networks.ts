import { NETWORKS, SUBNETS } from './collections';
import { notFound } from './errors';
import { listBody, project, requestedFields } from './list-query';
import { networkVisible, subnetVisible } from './policy';
import { networkView, subnetView } from './views';
import type { NetworkCall } from './call';
import type { SandboxResponse } from '../http/types';

// Networks and subnets (api-ref network v2 "Networks", "Subnets"): read only.

export function listNetworks(call: NetworkCall): SandboxResponse {
  const views = call.region.networks
    .filter((n) => networkVisible(call.viewer, n))
    .map((n) => networkView(n, call.region, call.viewer));
  return { status: 200, body: listBody(call.req, NETWORKS, views) };
}

export function showNetwork(call: NetworkCall): SandboxResponse {
  const id = call.req.params.id ?? '';
  const network = call.region.networks.find((n) => n.id === id);
  if (!network || !networkVisible(call.viewer, network)) throw notFound('network', id);
  const view = networkView(network, call.region, call.viewer);
  return { status: 200, body: { network: project(view, requestedFields(call.req)) } };
}

export function listSubnets(call: NetworkCall): SandboxResponse {
  const views = call.region.subnets
    .filter((s) => subnetVisible(call.viewer, s, call.region))
    .map(subnetView);
  return { status: 200, body: listBody(call.req, SUBNETS, views) };
}

export function showSubnet(call: NetworkCall): SandboxResponse {
  const id = call.req.params.id ?? '';
  const subnet = call.region.subnets.find((s) => s.id === id);
  if (!subnet || !subnetVisible(call.viewer, subnet, call.region)) throw notFound('subnet', id);
  return { status: 200, body: { subnet: project(subnetView(subnet), requestedFields(call.req)) } };
}
