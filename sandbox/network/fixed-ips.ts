import { invalidInput, NeutronError } from './errors';
import { canonicalIp, eui64Address, parseCidr } from './ip-address';
import { ipInSubnet, pickAddress } from './ipam';
import { isAutoAddress } from './subnet-rules';
import type {
  FixedIp,
  NetworkRecord,
  NetworkRegionState,
  PortRecord,
  SubnetRecord,
} from './schema';

// A port's fixed IPs (api-ref network v2 "Ports", fixed_ips; ML2 with the default
// IPAM driver): the addresses asked for or picked from the pools, SLAAC's EUI-64
// addresses, and what each subnet has handed out.

export interface FixedIpRequest {
  subnetId?: string;
  ipAddress?: string;
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
