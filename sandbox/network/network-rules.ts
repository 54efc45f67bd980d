import { invalidInput, NeutronError } from './errors';
import type { PortRecord } from './schema';

// Network rules as small pure functions (api-ref network v2 "Networks"; Neutron's
// default policy and ML2): which attributes need an admin, the largest MTU, and
// which ports keep a network in use.

/** Attributes only admins may set on create or update (Neutron's default policy). */
export const ADMIN_ONLY_NETWORK_ATTRS = [
  'shared',
  'router:external',
  'is_default',
  'provider:network_type',
  'provider:physical_network',
  'provider:segmentation_id',
] as const;

/**
 * The policy failure for a member setting admin-only attributes, as oslo.policy
 * words the combined check, or null when allowed.
 */
export function networkAttrRefusal(
  action: 'create_network' | 'update_network',
  body: Record<string, unknown>,
  isAdmin: boolean,
): NeutronError | null {
  if (isAdmin) return null;
  const attrs = ADMIN_ONLY_NETWORK_ATTRS.filter((a) => a in body);
  if (attrs.length === 0) return null;
  const rule = attrs.reduce((acc, attr) => `(${acc} and rule:${action}:${attr})`, `rule:${action}`);
  return new NeutronError(403, 'PolicyNotAuthorized', `${rule} is disallowed by policy`);
}

/** The largest MTU for a network of this type (ML2 with a 1500-byte underlay). */
export function maxMtu(networkType: string): number {
  return networkType === 'vxlan' ? 1450 : networkType === 'geneve' ? 1442 : 1500;
}

export function checkMtu(mtu: number, networkType: string): void {
  const max = maxMtu(networkType);
  if (mtu > max) throw invalidInput(`Requested MTU is too big, maximum is ${max}`);
}

/** Ports that keep a network from being deleted: all but the DHCP agent's own. */
export function portsInUse(ports: readonly PortRecord[], networkId: string): PortRecord[] {
  return ports.filter((p) => p.networkId === networkId && p.deviceOwner !== 'network:dhcp');
}

export function networkInUse(networkId: string, portIds: string[]): NeutronError {
  return new NeutronError(
    409,
    'NetworkInUse',
    `Unable to complete operation on network ${networkId}. There are one or more ports still in use on the network, id for these ports is: ${portIds.join(',')}.`,
  );
}
