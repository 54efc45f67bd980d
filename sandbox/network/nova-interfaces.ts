import { NeutronError } from './errors';
import {
  apiError,
  availableNetworks,
  bind,
  DEFAULT_HOST,
  networkRegion,
  novaMessage,
  unbind,
  unexpectedApiError,
  type BridgeFailure,
} from './nova-common';
import { networkVisible, portVisible, type NetworkViewer } from './policy';
import { createPort, deletePortRecord } from './port-store';
import { wouldExceed } from './quota-usage';
import type { NetworkRecord, PortRecord } from './schema';
import type { SandboxState } from '../state';

// os-interface (api-ref compute "Port Interfaces (servers, os-interface)"): what
// nova-compute's attach_interface / detach_interface do to Neutron ports.

/** One os-interface entry (interfaceAttachment) for a port, in Nova's key order. */
export function interfaceAttachmentView(port: PortRecord): Record<string, unknown> {
  return {
    net_id: port.networkId,
    port_id: port.id,
    mac_addr: port.macAddress,
    port_state: port.status,
    fixed_ips: port.fixedIps.map((ip) => ({ subnet_id: ip.subnetId, ip_address: ip.ipAddress })),
  };
}

export interface AttachRequest {
  projectId: string;
  serverId: string;
  netId?: string;
  portId?: string;
  fixedIp?: string;
  isAdmin?: boolean;
  hostId?: string;
  now?: number;
}

/** POST /servers/{id}/os-interface: the new (or bound) port, or Nova's error. */
export function attachInterface(
  state: SandboxState,
  region: string,
  request: AttachRequest,
): { ok: true; port: PortRecord } | BridgeFailure {
  const net = networkRegion(state, region);
  const now = request.now ?? Date.now();
  const isAdmin = request.isAdmin ?? false;
  const viewer: NetworkViewer = { projectId: request.projectId, isAdmin };
  if (request.netId && request.portId) {
    return apiError(400, 'Must not input both network_id and port_id');
  }
  if (request.fixedIp && !request.netId) {
    return apiError(400, 'Must input network_id when request IP address');
  }
  if (request.portId) {
    const port = net.ports.find((p) => p.id === request.portId && portVisible(viewer, p, net));
    if (!port) return apiError(404, `Port id ${request.portId} could not be found.`);
    if (port.projectId !== request.projectId) {
      return apiError(400, `Port ${port.id} not usable for instance ${request.serverId}.`);
    }
    if (port.deviceId) return apiError(409, `Port ${port.id} is still in use.`);
    bind(port, request.serverId, request.hostId ?? DEFAULT_HOST, now);
    return { ok: true, port };
  }
  let network: NetworkRecord | undefined;
  if (request.netId) {
    network = net.networks.find((n) => n.id === request.netId && networkVisible(viewer, n));
    // NetworkNotFound raised on the compute host comes back over RPC as a RemoteError.
    if (!network) return unexpectedApiError('oslo_messaging.rpc.client.RemoteError');
  } else {
    const available = availableNetworks(net, request.projectId);
    if (available.length === 0) {
      return apiError(
        400,
        `No specific network was requested and none are available for project '${request.projectId}'.`,
      );
    }
    if (available.length > 1) {
      return apiError(
        400,
        'Multiple possible networks found, use a Network ID to be more specific.',
      );
    }
    network = available[0];
  }
  if (!network) return apiError(404, `Network ${request.netId ?? ''} could not be found.`);
  if (network.external && !network.shared && !isAdmin) {
    return apiError(
      403,
      `It is not allowed to create an interface on external network ${network.id}`,
    );
  }
  if (wouldExceed(net, request.projectId, 'port')) {
    return apiError(403, 'Maximum number of ports exceeded');
  }
  try {
    const port = createPort(
      net,
      {
        projectId: request.projectId,
        network,
        fixedIps: request.fixedIp ? [{ ipAddress: request.fixedIp }] : undefined,
        novaCreated: true,
      },
      now,
    );
    bind(port, request.serverId, request.hostId ?? DEFAULT_HOST, now);
    return { ok: true, port };
  } catch (err) {
    if (!(err instanceof NeutronError)) throw err;
    const plan = { network, fixedIp: request.fixedIp };
    if (err.type === 'IpAddressAlreadyAllocated') return apiError(409, novaMessage(err, plan));
    if (err.type === 'IpAddressGenerationFailure') return apiError(400, novaMessage(err, plan));
    return unexpectedApiError('nova.exception_Remote.InvalidInput_Remote');
  }
}

/**
 * DELETE /servers/{id}/os-interface/{port_id}. Nova casts this to the compute host
 * and answers 202 whatever happens; `port` is null when the port was not attached
 * (nova-compute then logs "Port <id> is not attached").
 */
export function detachInterface(
  state: SandboxState,
  region: string,
  request: { serverId: string; portId: string; now?: number },
): { ok: true; port: PortRecord | null } {
  const net = networkRegion(state, region);
  const port = net.ports.find((p) => p.id === request.portId && p.deviceId === request.serverId);
  if (!port) return { ok: true, port: null };
  if (port.novaCreated) deletePortRecord(net, port.id);
  else unbind(port, request.now ?? Date.now());
  return { ok: true, port };
}
