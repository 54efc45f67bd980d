import { findNetwork, findSubnetId } from './bridges';
import type { MagnumCall } from './call';

// Magnum accepts any fixed_network / fixed_subnet on a cluster create (202) and
// fails later, as the devcloud shows: an unknown subnet in the conductor before
// any Heat stack is made, an unknown network or a subnet of another network when
// Heat makes the masters' ports. These are those failures, worded as there.

export interface NetworkFailure {
  reason: string;
  /** False when Magnum fails before it makes the cluster's Heat stack. */
  hasStack: boolean;
}

export function fixedNetworkFailure(
  call: MagnumCall,
  network: string | null,
  subnet: string | null,
): NetworkFailure | null {
  const subnetId = subnet === null ? undefined : findSubnetId(call, subnet);
  if (subnet !== null && subnetId === undefined) {
    return { reason: `Unable to find fixed subnet ${subnet}.`, hasStack: false };
  }
  if (network === null) return null;
  const found = findNetwork(call, network);
  if (!found) {
    return {
      reason: `Resource CREATE failed: resources[0]: resources.kube_masters.Property error: resources.kube_master_eth0.properties.network: Error validating value '${network}': Unable to find network with name or id '${network}'`,
      hasStack: true,
    };
  }
  if (subnetId !== undefined && !found.subnetIds.includes(subnetId)) {
    return {
      reason: `Resource CREATE failed: BadRequest: resources.kube_masters.resources[0].resources.kube_master_eth0: Invalid input for operation: Failed to create port on network ${found.id}, because fixed_ips included invalid subnet ${subnetId}.`,
      hasStack: true,
    };
  }
  return null;
}
