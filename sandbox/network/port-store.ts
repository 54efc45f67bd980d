import { NeutronError } from './errors';
import { allocateFixedIps, type FixedIpRequest } from './fixed-ips';
import { generateMac } from './ipam';
import { standardAttrs, touch } from './records';
import { ensureDefaultSecurityGroup } from './security-group-store';
import type { NetworkRecord, NetworkRegionState, PortRecord } from './schema';

export {
  allocateFixedIps,
  networkSubnets,
  portUsingAddress,
  usedAddresses,
  type FixedIpRequest,
} from './fixed-ips';

// Ports: MAC, allowed address pairs, security group binding and port security, as
// ML2's create_port / update_port / delete_port do them (fixed IPs: fixed-ips.ts).

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
  // Neutron disassociates the port's floating IPs (they stay allocated).
  for (const fip of region.floatingIps.filter((f) => f.portId === portId)) {
    Object.assign(fip, { portId: null, fixedIpAddress: null, routerId: null });
  }
}
