import { invalidInput, NeutronError } from './errors';
import { canonicalIp, eui64Address, parseCidr } from './ip-address';
import { generateMac, ipInSubnet, pickAddress } from './ipam';
import { standardAttrs, touch } from './records';
import { ensureDefaultSecurityGroup } from './security-group-store';
import { isAutoAddress } from './subnet-rules';
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
  /** Omitted: a new fa:16:3e:… address. */
  macAddress?: string;
  allowedAddressPairs?: AddressPairRequest[];
  /** Omitted: the project's default group (when port security is on). */
  securityGroups?: string[];
  portSecurityEnabled?: boolean;
  deviceId?: string;
  deviceOwner?: string;
  status?: string;
  bindingHostId?: string;
  novaCreated?: boolean;
}

export interface AddressPairRequest {
  ipAddress: string;
  macAddress?: string;
}

export function networkSubnets(region: NetworkRegionState, networkId: string): SubnetRecord[] {
  return region.subnets.filter((s) => s.networkId === networkId);
}

export function usedAddresses(
  region: NetworkRegionState,
  subnetId: string,
  exceptPortId?: string,
): Set<string> {
  const used = new Set<string>();
  for (const port of region.ports) {
    if (port.id === exceptPortId) continue;
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

const generationFailure = (networkId: string) =>
  new NeutronError(
    409,
    'IpAddressGenerationFailure',
    `No more IP addresses available on network ${networkId}.`,
  );

/** The EUI-64 address of a SLAAC / DHCPv6-stateless subnet for this MAC. */
function autoAddress(subnet: SubnetRecord, mac: string): FixedIp | null {
  const cidr = parseCidr(subnet.cidr);
  return cidr ? { subnetId: subnet.id, ipAddress: eui64Address(cidr, mac) } : null;
}

/** No fixed_ips: one IPv4 address, one stateful IPv6 address, and every SLAAC address. */
function allocateDefault(
  region: NetworkRegionState,
  network: NetworkRecord,
  mac: string,
  portId?: string,
): FixedIp[] {
  const subnets = networkSubnets(region, network.id);
  const fixed: FixedIp[] = [];
  for (const version of [4, 6]) {
    const stateful = subnets.filter((s) => s.ipVersion === version && !isAutoAddress(s));
    if (stateful.length === 0) continue;
    let picked: FixedIp | null = null;
    for (const subnet of stateful) {
      const ip = pickAddress(subnet, usedAddresses(region, subnet.id, portId));
      if (ip) {
        picked = { subnetId: subnet.id, ipAddress: ip };
        break;
      }
    }
    if (!picked) throw generationFailure(network.id);
    fixed.push(picked);
  }
  for (const subnet of subnets.filter(isAutoAddress)) {
    const ip = autoAddress(subnet, mac);
    if (ip) fixed.push(ip);
  }
  return fixed;
}

function requestedSubnet(
  subnets: SubnetRecord[],
  network: NetworkRecord,
  request: FixedIpRequest,
): SubnetRecord | undefined {
  if (request.subnetId !== undefined) {
    const subnet = subnets.find((s) => s.id === request.subnetId);
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
    return subnet;
  }
  if (request.ipAddress === undefined) return undefined;
  const address = request.ipAddress;
  const subnet = subnets.find((s) => ipInSubnet(s, address));
  if (!subnet) {
    throw new NeutronError(
      400,
      'InvalidIpForNetwork',
      `IP address ${address} is not a valid IP for any of the subnets on the specified network.`,
    );
  }
  return subnet;
}

/**
 * The port's fixed IPs: as requested (an address, or one from the subnet's pools),
 * plus the SLAAC addresses not asked for; `portId` is the port being updated,
 * whose own addresses stay its own.
 */
export function allocateFixedIps(
  region: NetworkRegionState,
  network: NetworkRecord,
  requests: FixedIpRequest[] | undefined,
  mac: string,
  portId?: string,
): FixedIp[] {
  if (requests === undefined) return allocateDefault(region, network, mac, portId);
  const subnets = networkSubnets(region, network.id);
  const fixed: FixedIp[] = [];
  for (const asked of requests) {
    const request = asked.ipAddress ? { ...asked, ipAddress: canonicalIp(asked.ipAddress) } : asked;
    const subnet = requestedSubnet(subnets, network, request);
    if (!subnet) continue;
    if (isAutoAddress(subnet)) {
      if (request.ipAddress !== undefined) {
        throw invalidInput(
          `IPv6 address ${request.ipAddress} cannot be directly assigned to a port on subnet ${subnet.id} as the subnet is configured for automatic addresses`,
        );
      }
      const ip = autoAddress(subnet, mac);
      if (ip) fixed.push(ip);
      continue;
    }
    const used = usedAddresses(region, subnet.id, portId);
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
      if (!ip) throw generationFailure(network.id);
      fixed.push({ subnetId: subnet.id, ipAddress: ip });
    }
  }
  for (const subnet of subnets.filter(isAutoAddress)) {
    if (fixed.some((ip) => ip.subnetId === subnet.id)) continue;
    const ip = autoAddress(subnet, mac);
    if (ip) fixed.push(ip);
  }
  return fixed;
}

/** A MAC may be used once per network. */
function checkMacFree(region: NetworkRegionState, networkId: string, mac: string): void {
  if (region.ports.some((p) => p.networkId === networkId && p.macAddress === mac.toLowerCase())) {
    throw new NeutronError(
      409,
      'MacAddressInUse',
      `Unable to complete operation for network ${networkId}. The mac address ${mac} is in use.`,
    );
  }
}

const pairsNeedPortSecurity = () =>
  new NeutronError(
    409,
    'AddressPairAndPortSecurityRequired',
    'Port Security must be enabled in order to have allowed address pairs on a port.',
  );

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
  const pairs = input.allowedAddressPairs ?? [];
  if (pairs.length > 0 && !portSecurity) throw pairsNeedPortSecurity();
  if (input.macAddress !== undefined) checkMacFree(region, input.network.id, input.macAddress);
  const macAddress =
    input.macAddress?.toLowerCase() ?? generateMac(new Set(region.ports.map((p) => p.macAddress)));
  const fixedIps = allocateFixedIps(region, input.network, input.fixedIps, macAddress);
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
    macAddress,
    adminStateUp: input.adminStateUp ?? true,
    status: input.status ?? 'DOWN',
    deviceId: input.deviceId ?? '',
    deviceOwner,
    fixedIps,
    securityGroups,
    portSecurityEnabled: portSecurity,
    allowedAddressPairs: pairs.map((p) => ({
      ipAddress: p.ipAddress,
      macAddress: p.macAddress?.toLowerCase() ?? macAddress,
    })),
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
  fixedIps?: FixedIpRequest[];
  allowedAddressPairs?: AddressPairRequest[];
  /** Admins only (the handler checks). */
  macAddress?: string;
}

export function updatePort(
  region: NetworkRegionState,
  port: PortRecord,
  changes: PortChanges,
  now: number,
): PortRecord {
  const portSecurity = changes.portSecurityEnabled ?? port.portSecurityEnabled;
  const groups = changes.securityGroups ?? port.securityGroups;
  const pairs =
    changes.allowedAddressPairs?.map((p) => ({
      ipAddress: p.ipAddress,
      macAddress: p.macAddress?.toLowerCase() ?? port.macAddress,
    })) ?? port.allowedAddressPairs;
  if (!portSecurity && pairs.length > 0) throw pairsNeedPortSecurity();
  const network = region.networks.find((n) => n.id === port.networkId);
  const mac = changes.macAddress?.toLowerCase();
  if (mac !== undefined && mac !== port.macAddress) checkMacFree(region, port.networkId, mac);
  const fixedIps =
    changes.fixedIps === undefined || !network
      ? port.fixedIps
      : allocateFixedIps(region, network, changes.fixedIps, port.macAddress, port.id);
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
  port.allowedAddressPairs = pairs;
  port.fixedIps = fixedIps;
  if (mac !== undefined) port.macAddress = mac;
  return touch(port, now);
}

export function deletePortRecord(region: NetworkRegionState, portId: string): void {
  region.ports = region.ports.filter((p) => p.id !== portId);
}
