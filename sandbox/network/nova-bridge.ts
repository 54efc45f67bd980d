import { NeutronError } from './errors';
import { networkVisible, portVisible, securityGroupVisible, type NetworkViewer } from './policy';
import { createPort, deletePortRecord, networkSubnets } from './port-store';
import { DEFAULT_QUOTAS, quotaUsage, type QuotaResource } from './quota-usage';
import { touch } from './records';
import { emptyNetworkRegion } from './schema';
import { ensureDefaultSecurityGroup } from './security-group-store';
import type { NetworkRecord, NetworkRegionState, PortRecord, SecurityGroupRecord } from './schema';
import type { SandboxState } from '../state';

// What Nova asks of Neutron, as pure functions over the sandbox state, with the
// errors Nova reports (nova/network/neutron.py, nova/network/security_group_api.py,
// nova/exception.py). `phase: 'api'` failures are the HTTP answer to the request;
// `phase: 'build'` ones happen on the compute host: the server goes to ERROR with
// the message as its fault (code 500), and `detail` is what nova-compute logs.

export type { PortRecord, SecurityGroupRecord } from './schema';

/** Nova's `networks` in POST /servers: 'auto' and 'none' from 2.37, else a list. */
export type NovaNetworks =
  'auto' | 'none' | Array<{ uuid?: string; port?: string; fixed_ip?: string; tag?: string }>;

export interface BridgeFailure {
  ok: false;
  status: number;
  message: string;
  phase: 'api' | 'build';
  detail?: string;
}

export const DEVICE_OWNER = 'compute:nova';
export const DEFAULT_HOST = 'sandbox-compute';

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

function networkRegion(state: SandboxState, region: string): NetworkRegionState {
  return (state.network[region] ??= emptyNetworkRegion());
}

const apiError = (status: number, message: string): BridgeFailure => ({
  ok: false,
  status,
  message,
  phase: 'api',
});

function buildError(serverId: string, detail: string): BridgeFailure {
  return {
    ok: false,
    status: 500,
    message: `Build of instance ${serverId} aborted: Failed to allocate the network(s), not rescheduling.`,
    phase: 'build',
    detail,
  };
}

export type SecurityGroupLookup =
  { ok: true; group: SecurityGroupRecord } | { ok: false; status: number; message: string };

/**
 * neutronclient's find_resource_by_name_or_id, as Nova validates the names in
 * POST /servers: by id among the groups the caller sees, else by name in the project.
 */
export function findSecurityGroup(
  state: SandboxState,
  region: string,
  projectId: string,
  nameOrId: string,
  isAdmin = false,
): SecurityGroupLookup {
  const net = networkRegion(state, region);
  ensureDefaultSecurityGroup(net, projectId, Date.now());
  const viewer = { projectId, isAdmin };
  if (UUID.test(nameOrId)) {
    const byId = net.securityGroups.find(
      (g) => g.id === nameOrId && securityGroupVisible(viewer, g),
    );
    if (byId) return { ok: true, group: byId };
  }
  const byName = net.securityGroups.filter((g) => g.projectId === projectId && g.name === nameOrId);
  if (byName.length > 1) {
    return {
      ok: false,
      status: 409,
      message: `Multiple security_group matches found for name '${nameOrId}', use an ID to be more specific.`,
    };
  }
  const [group] = byName;
  if (!group) {
    return {
      ok: false,
      status: 400,
      message: `Unable to find security_group with name or id '${nameOrId}'`,
    };
  }
  return { ok: true, group };
}

/** _get_available_networks without ids: the project's own unshared networks, then shared ones. */
function availableNetworks(net: NetworkRegionState, projectId: string): NetworkRecord[] {
  const byId = (a: NetworkRecord, b: NetworkRecord) => (a.id < b.id ? -1 : 1);
  return [
    ...net.networks.filter((n) => n.projectId === projectId && !n.shared).sort(byId),
    ...net.networks.filter((n) => n.shared).sort(byId),
  ];
}

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
  const portLimit = DEFAULT_QUOTAS.port;
  if (toCreate > 0 && quotaUsage(net, request.projectId).port + toCreate > portLimit) {
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
    if (err instanceof NeutronError) return buildError(serverId, novaMessage(err, planned));
    throw err;
  }
  return { ok: true, ports: result };
}

/** How nova.network.neutron turns Neutron's port-create failures into its exceptions. */
function novaMessage(err: NeutronError, planned: PlannedPort[]): string {
  const plan = planned.find((p) => p.fixedIp);
  switch (err.type) {
    case 'IpAddressAlreadyAllocated':
      return `Fixed IP ${plan?.fixedIp ?? ''} is already in use.`;
    case 'InvalidIpForNetwork':
      return `Invalid input received: Fixed IP ${plan?.fixedIp ?? ''} is not a valid ip address for network ${plan?.network.id ?? ''}.`;
    case 'IpAddressGenerationFailure':
      return `No fixed IP addresses available for network: ${err.message.match(/network (\S+)\./)?.[1] ?? ''}`;
    default:
      return err.message;
  }
}

function bind(port: PortRecord, serverId: string, hostId: string, now: number): void {
  port.deviceId = serverId;
  port.deviceOwner = DEVICE_OWNER;
  port.bindingHostId = hostId;
  port.bindingVifType = 'ovs';
  port.status = 'ACTIVE';
  touch(port, now);
}

function unbind(port: PortRecord, now: number): void {
  port.deviceId = '';
  port.deviceOwner = '';
  port.bindingHostId = '';
  port.bindingVifType = 'unbound';
  port.status = 'DOWN';
  touch(port, now);
}

/** The server's ports, in the order they were attached. */
export function serverPorts(state: SandboxState, region: string, serverId: string): PortRecord[] {
  return networkRegion(state, region).ports.filter((p) => p.deviceId === serverId);
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
    for (const ip of port.fixedIps) list.push(entry(ip.ipAddress, 'fixed'));
    for (const fip of net.floatingIps.filter((f) => f.portId === port.id)) {
      list.push(entry(fip.floatingIpAddress, 'floating'));
    }
  }
  return addresses;
}

/** One os-interface entry (interfaceAttachment) for a port. */
export function interfaceAttachmentView(port: PortRecord): Record<string, unknown> {
  return {
    port_state: port.status,
    fixed_ips: port.fixedIps.map((ip) => ({ subnet_id: ip.subnetId, ip_address: ip.ipAddress })),
    port_id: port.id,
    net_id: port.networkId,
    mac_addr: port.macAddress,
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
    if (!network) return apiError(404, `Network ${request.netId} could not be found.`);
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
  if (quotaUsage(net, request.projectId).port + 1 > DEFAULT_QUOTAS.port) {
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
    const plan = [{ network, fixedIp: request.fixedIp }];
    const message = novaMessage(err, plan);
    if (err.type === 'IpAddressAlreadyAllocated') return apiError(409, message);
    return apiError(400, message);
  }
}

/** DELETE /servers/{id}/os-interface/{port_id}. */
export function detachInterface(
  state: SandboxState,
  region: string,
  request: { serverId: string; portId: string; now?: number },
): { ok: true } | BridgeFailure {
  const net = networkRegion(state, region);
  const port = net.ports.find((p) => p.id === request.portId && p.deviceId === request.serverId);
  if (!port) return apiError(404, `Port ${request.portId} is not attached`);
  if (port.novaCreated) deletePortRecord(net, port.id);
  else unbind(port, request.now ?? Date.now());
  return { ok: true };
}

/** The server's security groups as Nova shows them: [{name}], one per port binding. */
export function serverSecurityGroups(
  state: SandboxState,
  region: string,
  serverId: string,
): { name: string }[] {
  const net = networkRegion(state, region);
  const names: { name: string }[] = [];
  for (const port of serverPorts(state, region, serverId)) {
    for (const id of port.securityGroups) {
      const group = net.securityGroups.find((g) => g.id === id);
      if (group) names.push({ name: group.name || group.id });
    }
  }
  return names;
}

/**
 * addSecurityGroup / removeSecurityGroup (security_group_api.add_to_instance and
 * remove_from_instance) with their errors: 404 not found, 409 ambiguous name,
 * 400 when a port cannot carry groups.
 */
export function setServerSecurityGroup(
  state: SandboxState,
  region: string,
  request: {
    projectId: string;
    serverId: string;
    group: string;
    add: boolean;
    isAdmin?: boolean;
    now?: number;
  },
): { ok: true } | BridgeFailure {
  const now = request.now ?? Date.now();
  const found = findSecurityGroup(state, region, request.projectId, request.group, request.isAdmin);
  if (!found.ok) {
    return found.status === 409
      ? apiError(409, found.message)
      : apiError(
          404,
          `Security group ${request.group} is not found for project ${request.projectId}`,
        );
  }
  const ports = serverPorts(state, region, request.serverId);
  if (ports.length === 0) {
    return apiError(
      404,
      `instance_id ${request.serverId} could not be found as device id on any ports`,
    );
  }
  const groupId = found.group.id;
  if (request.add) {
    for (const port of ports) {
      if (!port.portSecurityEnabled || port.fixedIps.length === 0) {
        return apiError(
          400,
          'Network requires port_security_enabled and subnet associated in order to apply security groups.',
        );
      }
    }
    for (const port of ports) {
      if (port.securityGroups.includes(groupId)) {
        return apiError(
          400,
          `Invalid input for security_groups. Reason: Duplicate items in the list: '${groupId}'.`,
        );
      }
    }
    for (const port of ports) {
      port.securityGroups = [...port.securityGroups, groupId];
      touch(port, now);
    }
    return { ok: true };
  }
  let removed = false;
  for (const port of ports) {
    if (!port.securityGroups.includes(groupId)) continue;
    port.securityGroups = port.securityGroups.filter((id) => id !== groupId);
    touch(port, now);
    removed = true;
  }
  if (!removed) {
    return apiError(
      404,
      `Security group ${request.group} not associated with the instance ${request.serverId}`,
    );
  }
  return { ok: true };
}

/** Neutron quota usage for a project, by Neutron resource name. */
export function networkUsage(
  state: SandboxState,
  region: string,
  projectId: string,
): Record<QuotaResource, number> {
  return quotaUsage(networkRegion(state, region), projectId);
}

export { DEFAULT_QUOTAS as NETWORK_QUOTA_DEFAULTS };
