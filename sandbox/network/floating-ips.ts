import { FLOATING_IPS } from './collections';
import { badRequest, NeutronError, notFound, overQuota } from './errors';
import { associablePort, applyAssociation, associationFor } from './floating-ip-store';
import { listBody, project, requestedFields } from './list-query';
import { floatingIpVisible, networkVisible } from './policy';
import { createPort, deletePortRecord } from './port-store';
import { targetProject } from './ports';
import { wouldExceed } from './quota-usage';
import { standardAttrs, touch } from './records';
import { resourceBody, type AttrSpec } from './request-body';
import { floatingIpView } from './views';
import type { NetworkCall } from './call';
import type { FloatingIpRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// Floating IPs (api-ref network v2 "Floating IPs (floatingips)"): allocated from
// an external network, associated to a port's fixed IP through a router. With no
// L3 agent the status stays DOWN, as on the devcloud.

const FIP_ATTRS: Record<string, AttrSpec> = {
  id: { kind: 'any', post: false, put: false },
  floating_network_id: { kind: 'uuid', post: true, put: false, required: true },
  floating_ip_address: { kind: 'string', post: true, put: false },
  subnet_id: { kind: 'uuid', post: true, put: false },
  port_id: { kind: 'any', post: true, put: true },
  fixed_ip_address: { kind: 'string', post: true, put: true },
  router_id: { kind: 'any', post: false, put: false },
  status: { kind: 'any', post: false, put: false },
  description: { kind: 'string', post: true, put: true },
  tenant_id: { kind: 'string', post: true, put: false },
  project_id: { kind: 'string', post: true, put: false },
};

const FIP_OWNER = 'network:floatingip';

function findFip(call: NetworkCall): FloatingIpRecord {
  const id = call.req.params.id ?? '';
  const fip = call.region.floatingIps.find((f) => f.id === id);
  if (!fip || !floatingIpVisible(call.viewer, fip)) throw notFound('floatingip', id);
  return fip;
}

const view = (call: NetworkCall, fip: FloatingIpRecord) => floatingIpView(fip, call.region);

export function listFloatingIps(call: NetworkCall): SandboxResponse {
  const views = call.region.floatingIps
    .filter((f) => floatingIpVisible(call.viewer, f))
    .map((f) => view(call, f));
  return { status: 200, body: listBody(call.req, FLOATING_IPS, views) };
}

export function showFloatingIp(call: NetworkCall): SandboxResponse {
  const body = project(view(call, findFip(call)), requestedFields(call.req));
  return { status: 200, body: { floatingip: body } };
}

function portIdOf(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') return String(value);
  return value;
}

export function createFloatingIpHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'floatingip', FIP_ATTRS, true);
  const projectId = targetProject(call, body);
  if (body.floating_ip_address !== undefined && !call.viewer.isAdmin) {
    throw new NeutronError(
      403,
      'PolicyNotAuthorized',
      '(rule:create_floatingip and rule:create_floatingip:floating_ip_address) is disallowed by policy',
    );
  }
  const networkId = String(body.floating_network_id);
  const network = call.region.networks.find((n) => n.id === networkId);
  if (!network || !networkVisible(call.viewer, network)) throw notFound('network', networkId);
  if (!network.external) {
    throw badRequest('floatingip', `Network ${networkId} is not a valid external network`);
  }
  if (wouldExceed(call.region, projectId, 'floatingip')) throw overQuota(['floatingip']);
  const portId = portIdOf(body.port_id);
  const fixedIp = typeof body.fixed_ip_address === 'string' ? body.fixed_ip_address : undefined;
  const fip: FloatingIpRecord = {
    ...standardAttrs(
      projectId,
      call.now,
      typeof body.description === 'string' ? body.description : '',
    ),
    floatingNetworkId: network.id,
    floatingIpAddress: '',
    routerId: null,
    portId: null,
    fixedIpAddress: null,
    status: 'DOWN',
  };
  const requested =
    typeof body.floating_ip_address === 'string' ? body.floating_ip_address : undefined;
  const subnetId = typeof body.subnet_id === 'string' ? body.subnet_id : undefined;
  const port = createPort(
    call.region,
    {
      projectId: '',
      network,
      fixedIps:
        requested !== undefined || subnetId !== undefined
          ? [{ ipAddress: requested, subnetId }]
          : undefined,
      portSecurityEnabled: false,
      securityGroups: [],
      deviceId: fip.id,
      deviceOwner: FIP_OWNER,
    },
    call.now,
  );
  fip.floatingIpAddress = port.fixedIps[0]?.ipAddress ?? '';
  try {
    if (portId) {
      const target = associablePort(call.region, portId, call.viewer);
      applyAssociation(fip, associationFor(call.region, fip, target, fixedIp));
    }
  } catch (error) {
    deletePortRecord(call.region, port.id);
    throw error;
  }
  call.region.floatingIps.push(fip);
  call.changed();
  return { status: 201, body: { floatingip: view(call, fip) } };
}

export function updateFloatingIpHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'floatingip', FIP_ATTRS, false);
  const fip = findFip(call);
  const portId = portIdOf(body.port_id);
  const fixedIp = typeof body.fixed_ip_address === 'string' ? body.fixed_ip_address : undefined;
  if (portId === null) {
    applyAssociation(fip, null);
  } else if (portId !== undefined) {
    const port = associablePort(call.region, portId, call.viewer);
    applyAssociation(fip, associationFor(call.region, fip, port, fixedIp));
  }
  if (typeof body.description === 'string') fip.description = body.description;
  touch(fip, call.now);
  call.changed();
  return { status: 200, body: { floatingip: view(call, fip) } };
}

export function deleteFloatingIpHandler(call: NetworkCall): SandboxResponse {
  const fip = findFip(call);
  for (const port of call.region.ports.filter(
    (p) => p.deviceId === fip.id && p.deviceOwner === FIP_OWNER,
  )) {
    deletePortRecord(call.region, port.id);
  }
  call.region.floatingIps = call.region.floatingIps.filter((f) => f.id !== fip.id);
  call.changed();
  return { status: 204 };
}
