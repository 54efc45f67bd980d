import { invalidInput, NeutronError } from './errors';
import { generateMac, ipInSubnet, pickAddress } from './ipam';
import { standardAttrs, touch } from './records';
import { ensureDefaultSecurityGroup } from './security-group-store';
import type {
  FixedIp,
  NetworkRecord,
  NetworkRegionState,
  PortRecord,
  SubnetRecord,
} from './schema';

// Ports: fixed IP allocation (ML2 + the default IPAM driver), security group
// binding and port security, as create_port / update_port / delete_port do them.

export interface FixedIpRequest {
  subnetId?: string;
  ipAddress?: string;
}

export interface NewPort {
  projectId: string;
  network: NetworkRecord;
  name?: string;
  description?: string;
  adminStateUp?: boolean;
  /** Omitted: one address from the network's first subnet with room. */
  fixedIps?: FixedIpRequest[];
  /** Omitted: the project's default group (when port security is on). */
  securityGroups?: string[];
  portSecurityEnabled?: boolean;
  deviceId?: string;
  deviceOwner?: string;
  status?: string;
  bindingHostId?: string;
  novaCreated?: boolean;
}

export function networkSubnets(region: NetworkRegionState, networkId: string): SubnetRecord[] {
  return region.subnets.filter((s) => s.networkId === networkId);
}

export function usedAddresses(region: NetworkRegionState, subnetId: string): Set<string> {
  const used = new Set<string>();
  for (const port of region.ports) {
    for (const ip of port.fixedIps) if (ip.subnetId === subnetId) used.add(ip.ipAddress);
  }
  return used;
}

export function portUsingAddress(
  region: NetworkRegionState,
  subnetId: string,
  ipAddress: string,
): PortRecord | undefined {
  return region.ports.find((p) =>
    p.fixedIps.some((ip) => ip.subnetId === subnetId && ip.ipAddress === ipAddress),
  );
}

function allocate(
  region: NetworkRegionState,
  network: NetworkRecord,
  requests?: FixedIpRequest[],
): FixedIp[] {
  const subnets = networkSubnets(region, network.id);
  if (requests === undefined) {
    if (subnets.length === 0) return [];
    for (const subnet of subnets) {
      const ip = pickAddress(subnet, usedAddresses(region, subnet.id));
      if (ip) return [{ subnetId: subnet.id, ipAddress: ip }];
    }
    throw new NeutronError(
      409,
      'IpAddressGenerationFailure',
      `No more IP addresses available on network ${network.id}.`,
    );
  }
  const fixed: FixedIp[] = [];
  for (const request of requests) {
    let subnet: SubnetRecord | undefined;
    if (request.subnetId !== undefined) {
      subnet = subnets.find((s) => s.id === request.subnetId);
      if (!subnet) {
        throw invalidInput(
          `Failed to create port on network ${network.id}, because fixed_ips included invalid subnet ${request.subnetId}`,
        );
      }
      if (request.ipAddress !== undefined && !ipInSubnet(subnet, request.ipAddress)) {
        throw new NeutronError(
          400,
          'InvalidIpForSubnet',
          `IP address ${request.ipAddress} is not a valid IP for the specified subnet.`,
        );
      }
    } else if (request.ipAddress !== undefined) {
      const address = request.ipAddress;
      subnet = subnets.find((s) => ipInSubnet(s, address));
      if (!subnet) {
        throw new NeutronError(
          400,
          'InvalidIpForNetwork',
          `IP address ${address} is not a valid IP for any of the subnets on the specified network.`,
        );
      }
    }
    if (!subnet) continue;
    const used = usedAddresses(region, subnet.id);
    for (const ip of fixed) if (ip.subnetId === subnet.id) used.add(ip.ipAddress);
    if (request.ipAddress !== undefined) {
      if (used.has(request.ipAddress)) {
        throw new NeutronError(
          409,
          'IpAddressAlreadyAllocated',
          `IP address ${request.ipAddress} already allocated in subnet ${subnet.id}`,
        );
      }
      fixed.push({ subnetId: subnet.id, ipAddress: request.ipAddress });
    } else {
      const ip = pickAddress(subnet, used);
      if (!ip) {
        throw new NeutronError(
          409,
          'IpAddressGenerationFailure',
          `No more IP addresses available on network ${network.id}.`,
        );
      }
      fixed.push({ subnetId: subnet.id, ipAddress: ip });
    }
  }
  return fixed;
}

/** _get_security_groups_on_port: every group must exist in the port's project. */
export function checkPortGroups(
  region: NetworkRegionState,
  projectId: string,
  groupIds: string[],
): void {
  const missing = groupIds.filter(
    (id) => !region.securityGroups.some((g) => g.id === id && g.projectId === projectId),
  );
  if (missing.length > 0) {
    throw new NeutronError(
      404,
      'SecurityGroupNotFound',
      `Security group ${missing.join(', ')} does not exist`,
    );
  }
}

const securityRequired = () =>
  new NeutronError(
    400,
    'PortSecurityAndIPRequiredForSecurityGroups',
    'Port security must be enabled and port must have an IP address in order to use security groups.',
  );

export function createPort(region: NetworkRegionState, input: NewPort, now: number): PortRecord {
  const portSecurity = input.portSecurityEnabled ?? input.network.portSecurityEnabled;
  const deviceOwner = input.deviceOwner ?? '';
  if (input.securityGroups && input.securityGroups.length > 0) {
    if (!portSecurity) throw securityRequired();
    checkPortGroups(region, input.projectId, input.securityGroups);
  }
  const fixedIps = allocate(region, input.network, input.fixedIps);
  let securityGroups = input.securityGroups ?? [];
  if (input.securityGroups === undefined && portSecurity && !deviceOwner.startsWith('network:')) {
    securityGroups = [ensureDefaultSecurityGroup(region, input.projectId, now).id];
  }
  const port: PortRecord = {
    ...standardAttrs(input.projectId, now, input.description ?? ''),
    // Creation plus the binding update.
    revision: 1,
    name: input.name ?? '',
    networkId: input.network.id,
    macAddress: generateMac(new Set(region.ports.map((p) => p.macAddress))),
    adminStateUp: input.adminStateUp ?? true,
    status: input.status ?? 'DOWN',
    deviceId: input.deviceId ?? '',
    deviceOwner,
    fixedIps,
    securityGroups,
    portSecurityEnabled: portSecurity,
    bindingHostId: input.bindingHostId ?? '',
    bindingVifType: input.bindingHostId ? 'ovs' : 'unbound',
    novaCreated: input.novaCreated ?? false,
  };
  region.ports.push(port);
  return port;
}

export interface PortChanges {
  name?: string;
  description?: string;
  adminStateUp?: boolean;
  securityGroups?: string[];
  portSecurityEnabled?: boolean;
  deviceId?: string;
  deviceOwner?: string;
}

export function updatePort(
  region: NetworkRegionState,
  port: PortRecord,
  changes: PortChanges,
  now: number,
): PortRecord {
  const portSecurity = changes.portSecurityEnabled ?? port.portSecurityEnabled;
  const groups = changes.securityGroups ?? port.securityGroups;
  if (changes.securityGroups !== undefined && changes.securityGroups.length > 0) {
    if (!portSecurity || port.fixedIps.length === 0) throw securityRequired();
    checkPortGroups(region, port.projectId, changes.securityGroups);
  }
  if (!portSecurity && groups.length > 0) {
    throw new NeutronError(
      409,
      'PortSecurityPortHasSecurityGroup',
      'Port has security group associated. Cannot disable port security or IP address until security group is removed.',
    );
  }
  if (changes.name !== undefined) port.name = changes.name;
  if (changes.description !== undefined) port.description = changes.description;
  if (changes.adminStateUp !== undefined) port.adminStateUp = changes.adminStateUp;
  if (changes.deviceId !== undefined) port.deviceId = changes.deviceId;
  if (changes.deviceOwner !== undefined) port.deviceOwner = changes.deviceOwner;
  port.securityGroups = [...groups];
  port.portSecurityEnabled = portSecurity;
  return touch(port, now);
}

export function deletePortRecord(region: NetworkRegionState, portId: string): void {
  region.ports = region.ports.filter((p) => p.id !== portId);
  // Neutron disassociates the port's floating IPs (they stay allocated).
  for (const fip of region.floatingIps.filter((f) => f.portId === portId)) {
    Object.assign(fip, { portId: null, fixedIpAddress: null, routerId: null });
  }
}
