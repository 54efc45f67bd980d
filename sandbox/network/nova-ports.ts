import { NeutronError } from './errors';
import {
  apiError,
  availableNetworks,
  bind,
  buildError,
  DEFAULT_HOST,
  networkRegion,
  novaMessage,
  serverPorts,
  unbind,
  type BridgeFailure,
} from './nova-common';
import { findSecurityGroup } from './nova-security-groups';
import { networkVisible, portVisible, type NetworkViewer } from './policy';
import { createPort, deletePortRecord, networkSubnets } from './port-store';
import { wouldExceed } from './quota-usage';
import type { NetworkRecord, NetworkRegionState, PortRecord } from './schema';
import type { SandboxState } from '../state';

// A server's ports (nova.network.neutron allocate_for_instance,
// deallocate_for_instance) and the `addresses` Nova shows for them.

/** Nova's `networks` in POST /servers: 'auto' and 'none' from 2.37, else a list. */
export type NovaNetworks =
  'auto' | 'none' | Array<{ uuid?: string; port?: string; fixed_ip?: string; tag?: string }>;

interface PlannedPort {
  network: NetworkRecord;
  port?: PortRecord;
  fixedIp?: string;
}

export interface AllocateRequest {
  projectId: string;
  serverId: string;
  networks: NovaNetworks;
  /** Names or ids from the request's security_groups; 'default' is the project's default. */
  securityGroups: string[];
  isAdmin: boolean;
  /** binding:host_id of the ports (the compute host). */
  hostId?: string;
  now?: number;
}

/**
 * Validates a server's network request as nova-api does (API phase), then creates
 * or binds its ports as nova-compute does (build phase; nothing is left behind
 * when that fails). The ports come back in request order.
 */
export function allocateServerPorts(
  state: SandboxState,
  region: string,
  request: AllocateRequest,
): { ok: true; ports: PortRecord[] } | BridgeFailure {
  const net = networkRegion(state, region);
  const now = request.now ?? Date.now();
  const viewer: NetworkViewer = { projectId: request.projectId, isAdmin: request.isAdmin };

  const groupIds: string[] = [];
  for (const name of request.securityGroups) {
    if (name === 'default') continue;
    const found = findSecurityGroup(state, region, request.projectId, name, request.isAdmin);
    if (!found.ok) return apiError(found.status, found.message);
    if (!groupIds.includes(found.group.id)) groupIds.push(found.group.id);
  }
  if (request.networks === 'none') return { ok: true, ports: [] };

  const planned: PlannedPort[] = [];
  const items = request.networks === 'auto' ? [] : request.networks;
  if (items.length === 0) {
    const available = availableNetworks(net, request.projectId);
    if (available.length > 1) {
      return apiError(
        409,
        'Multiple possible networks found, use a Network ID to be more specific.',
      );
    }
    const [only] = available;
    if (!only) {
      if (request.networks === 'auto') {
        return apiError(
          400,
          `Unable to automatically allocate a network for project ${request.projectId}`,
        );
      }
      return { ok: true, ports: [] };
    }
    planned.push({ network: only });
  } else {
    const requestedNets: string[] = [];
    for (const item of items) {
      if (item.port) {
        const port = net.ports.find((p) => p.id === item.port && portVisible(viewer, p, net));
        if (!port) return apiError(400, `Port id ${item.port} could not be found.`);
        if (port.deviceId) return apiError(409, `Port ${item.port} is still in use.`);
        if (port.fixedIps.length === 0) {
          return apiError(400, `Port ${item.port} requires a FixedIP in order to be used.`);
        }
        const network = net.networks.find((n) => n.id === port.networkId);
        if (network) planned.push({ network, port });
        continue;
      }
      const uuid = item.uuid ?? '';
      requestedNets.push(uuid);
      if (item.fixed_ip) {
        const holder = net.ports.find(
          (p) => p.networkId === uuid && p.fixedIps.some((ip) => ip.ipAddress === item.fixed_ip),
        );
        if (holder) {
          return apiError(
            400,
            `Fixed IP address ${item.fixed_ip} is already in use on instance ${holder.deviceId}.`,
          );
        }
      }
      const network = net.networks.find((n) => n.id === uuid && networkVisible(viewer, n));
      if (network) planned.push({ network, fixedIp: item.fixed_ip });
    }
    const found = net.networks.filter(
      (n) => requestedNets.includes(n.id) && networkVisible(viewer, n),
    );
    for (const network of found) {
      if (networkSubnets(net, network.id).length === 0) {
        return apiError(
          400,
          `Network ${network.id} requires a subnet in order to boot instances on.`,
        );
      }
    }
    const missing = [...new Set(requestedNets)].filter((id) => !found.some((n) => n.id === id));
    if (missing.length > 0)
      return apiError(400, `Network ${missing.join(', ')} could not be found.`);
  }
  const toCreate = planned.filter((p) => !p.port).length;
  if (toCreate > 0 && wouldExceed(net, request.projectId, 'port', toCreate)) {
    return apiError(403, 'Maximum number of ports exceeded');
  }
  return buildPorts(net, request, planned, groupIds, now);
}

function buildPorts(
  net: NetworkRegionState,
  request: AllocateRequest,
  planned: PlannedPort[],
  groupIds: string[],
  now: number,
): { ok: true; ports: PortRecord[] } | BridgeFailure {
  const { serverId } = request;
  for (const { network, port } of planned) {
    if (port && port.projectId !== request.projectId) {
      return buildError(serverId, `Port ${port.id} not usable for instance ${serverId}.`);
    }
    if (network.external && !network.shared && !request.isAdmin) {
      return buildError(
        serverId,
        `It is not allowed to create an interface on external network ${network.id}`,
      );
    }
    if (!port && groupIds.length > 0 && !network.portSecurityEnabled) {
      return buildError(
        serverId,
        'Network requires port_security_enabled and subnet associated in order to apply security groups.',
      );
    }
  }
  const created: PortRecord[] = [];
  const result: PortRecord[] = [];
  try {
    for (const plan of planned) {
      const port =
        plan.port ??
        createPort(
          net,
          {
            projectId: request.projectId,
            network: plan.network,
            fixedIps: plan.fixedIp ? [{ ipAddress: plan.fixedIp }] : undefined,
            securityGroups: groupIds.length > 0 ? groupIds : undefined,
            novaCreated: true,
          },
          now,
        );
      if (!plan.port) created.push(port);
      bind(port, serverId, request.hostId ?? DEFAULT_HOST, now);
      result.push(port);
    }
  } catch (err) {
    for (const port of created) deletePortRecord(net, port.id);
    for (const port of result) if (!created.includes(port)) unbind(port, now);
    if (err instanceof NeutronError) {
      return buildError(
        serverId,
        novaMessage(
          err,
          planned.find((p) => p.fixedIp),
        ),
      );
    }
    throw err;
  }
  return { ok: true, ports: result };
}

/**
 * On server delete (deallocate_for_instance): ports Nova made are deleted, ports
 * the user brought are unbound and kept.
 */
export function releaseServerPorts(
  state: SandboxState,
  region: string,
  serverId: string,
  now: number = Date.now(),
): void {
  const net = networkRegion(state, region);
  for (const port of serverPorts(state, region, serverId)) {
    if (port.novaCreated) deletePortRecord(net, port.id);
    else unbind(port, now);
  }
}

/** Nova's `addresses`: network name -> fixed (then floating) addresses of each port. */
export function serverAddresses(
  state: SandboxState,
  region: string,
  serverId: string,
): Record<string, Record<string, unknown>[]> {
  const net = networkRegion(state, region);
  const addresses: Record<string, Record<string, unknown>[]> = {};
  for (const port of serverPorts(state, region, serverId)) {
    const network = net.networks.find((n) => n.id === port.networkId);
    const list = (addresses[network?.name ?? port.networkId] ??= []);
    const entry = (addr: string, type: 'fixed' | 'floating') => ({
      version: addr.includes(':') ? 6 : 4,
      addr,
      'OS-EXT-IPS:type': type,
      'OS-EXT-IPS-MAC:mac_addr': port.macAddress,
    });
    // Nova lists each fixed IP followed by the floating IPs mapped to it.
    for (const ip of port.fixedIps) {
      list.push(entry(ip.ipAddress, 'fixed'));
      for (const fip of net.floatingIps) {
        if (fip.portId === port.id && fip.fixedIpAddress === ip.ipAddress)
          list.push(entry(fip.floatingIpAddress, 'floating'));
      }
    }
  }
  return addresses;
}
