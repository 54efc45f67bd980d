import { PORTS } from './collections';
import { httpBadRequest, NeutronError, notFound, overQuota } from './errors';
import { listBody, project, requestedFields } from './list-query';
import { networkVisible, portVisible } from './policy';
import { createPort, deletePortRecord, updatePort, type FixedIpRequest } from './port-store';
import { wouldExceed } from './quota-usage';
import { resourceBody, toBool, type AttrSpec } from './request-body';
import { ensureDefaultSecurityGroup } from './security-group-store';
import { portView } from './views';
import type { NetworkCall } from './call';
import type { PortRecord } from './schema';
import type { SandboxResponse } from '../http/types';

// Ports (api-ref network v2 "Ports"): fixed IPs, MAC, allowed address pairs, port
// security and groups. Accepted but not modelled: extra_dhcp_opts, binding:* on create.

const rw = (kind: AttrSpec['kind']): AttrSpec => ({ kind, post: true, put: true });
const createOnly = (kind: AttrSpec['kind']): AttrSpec => ({ kind, post: true, put: false });
const readOnly: AttrSpec = { kind: 'any', post: false, put: false };

const PORT_ATTRS: Record<string, AttrSpec> = {
  id: readOnly,
  name: rw('string'),
  network_id: { kind: 'uuid', post: true, put: false, required: true },
  tenant_id: createOnly('string'),
  project_id: createOnly('string'),
  mac_address: rw('mac'),
  admin_state_up: rw('to-bool'),
  status: readOnly,
  device_id: rw('string'),
  device_owner: rw('string'),
  fixed_ips: rw('fixed-ips'),
  allowed_address_pairs: rw('address-pairs'),
  extra_dhcp_opts: rw('any'),
  security_groups: rw('uuid-list'),
  description: rw('string'),
  'binding:vnic_type': rw('any'),
  'binding:profile': rw('any'),
  'binding:host_id': rw('any'),
  'binding:vif_type': readOnly,
  'binding:vif_details': readOnly,
  port_security_enabled: rw('to-bool'),
};

function findPort(call: NetworkCall): PortRecord {
  const id = call.req.params.id ?? '';
  const port = call.region.ports.find((p) => p.id === id);
  if (!port || !portVisible(call.viewer, port, call.region)) throw notFound('port', id);
  return port;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function listPorts(call: NetworkCall): SandboxResponse {
  const views = call.region.ports
    .filter((p) => portVisible(call.viewer, p, call.region))
    .map((p) => portView(p, call.viewer));
  return { status: 200, body: listBody(call.req, PORTS, views) };
}

export function showPort(call: NetworkCall): SandboxResponse {
  const view = portView(findPort(call), call.viewer);
  return { status: 200, body: { port: project(view, requestedFields(call.req)) } };
}

/** populate_project_id: only admins name another project. */
export function targetProject(call: NetworkCall, body: Record<string, unknown>): string {
  const requested = str(body.project_id) ?? str(body.tenant_id);
  const own = call.viewer.projectId ?? '';
  if (requested !== undefined && requested !== own && !call.viewer.isAdmin) {
    throw httpBadRequest(
      "Specifying 'project_id' or 'tenant_id' other than the authenticated project in request requires admin or advsvc privileges",
    );
  }
  return requested ?? own;
}

function fixedIpRequests(value: unknown): FixedIpRequest[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((entry: Record<string, unknown>) => ({
    subnetId: str(entry.subnet_id),
    ipAddress: str(entry.ip_address),
  }));
}

/** The attributes a port's create and update both take, as the body gives them. */
function changesFrom(body: Record<string, unknown>) {
  return {
    name: str(body.name),
    description: str(body.description),
    adminStateUp: body.admin_state_up === undefined ? undefined : toBool(body.admin_state_up),
    securityGroups: Array.isArray(body.security_groups)
      ? (body.security_groups as string[])
      : undefined,
    portSecurityEnabled:
      body.port_security_enabled === undefined ? undefined : toBool(body.port_security_enabled),
    deviceId: str(body.device_id),
    deviceOwner: str(body.device_owner),
    allowedAddressPairs: Array.isArray(body.allowed_address_pairs)
      ? (body.allowed_address_pairs as Record<string, unknown>[]).map((p) => ({
          ipAddress: String(p.ip_address),
          macAddress: str(p.mac_address),
        }))
      : undefined,
    fixedIps: fixedIpRequests(body.fixed_ips),
  };
}

export function createPortHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'port', PORT_ATTRS, true);
  const projectId = targetProject(call, body);
  const networkId = String(body.network_id);
  const network = call.region.networks.find((n) => n.id === networkId);
  if (!network || !networkVisible(call.viewer, network)) throw notFound('network', networkId);
  if (!call.viewer.isAdmin && !network.shared && network.projectId !== projectId) {
    throw new NeutronError(
      403,
      'HTTPForbidden',
      `Tenant ${projectId} not allowed to create port on this network`,
    );
  }
  if (wouldExceed(call.region, projectId, 'port')) throw overQuota(['port']);
  ensureDefaultSecurityGroup(call.region, projectId, call.now);
  const port = createPort(
    call.region,
    {
      projectId,
      network,
      ...changesFrom(body),
      macAddress: str(body.mac_address),
    },
    call.now,
  );
  call.changed();
  return { status: 201, body: { port: portView(port, call.viewer) } };
}

export function updatePortHandler(call: NetworkCall): SandboxResponse {
  const body = resourceBody(call.req, 'port', PORT_ATTRS, false);
  const port = findPort(call);
  const mac = str(body.mac_address);
  if (mac !== undefined && !call.viewer.isAdmin) {
    throw new NeutronError(
      403,
      'PolicyNotAuthorized',
      '(rule:update_port and rule:update_port:mac_address) is disallowed by policy',
    );
  }
  updatePort(call.region, port, { ...changesFrom(body), macAddress: mac }, call.now);
  call.changed();
  return { status: 200, body: { port: portView(port, call.viewer) } };
}

export function deletePortHandler(call: NetworkCall): SandboxResponse {
  const port = findPort(call);
  const routerOwned =
    port.deviceOwner.startsWith('network:router_') &&
    call.region.routers.some((r) => r.id === port.deviceId);
  if (routerOwned) {
    throw new NeutronError(
      409,
      'ServicePortInUse',
      `Port ${port.id} cannot be deleted directly via the port API: has device owner ${port.deviceOwner}.`,
    );
  }
  deletePortRecord(call.region, port.id);
  call.changed();
  return { status: 204 };
}
