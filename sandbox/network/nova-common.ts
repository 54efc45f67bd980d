import { touch } from './records';
import { emptyNetworkRegion } from './schema';
import type { NeutronError } from './errors';
import type { NetworkRecord, NetworkRegionState, PortRecord } from './schema';
import type { SandboxState } from '../state';

// Shared by the Nova bridge modules: failures in Nova's terms, the networks a
// project may boot on, and binding a port to a server.

/**
 * `phase: 'api'` failures are the HTTP answer to the request; `phase: 'build'` ones
 * happen on the compute host: the server goes to ERROR with the message as its
 * fault (code 500), and `detail` is what nova-compute logs.
 */
export interface BridgeFailure {
  ok: false;
  status: number;
  message: string;
  phase: 'api' | 'build';
  detail?: string;
}

export const DEVICE_OWNER = 'compute:nova';
export const DEFAULT_HOST = 'sandbox-compute';

export const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export function networkRegion(state: SandboxState, region: string): NetworkRegionState {
  return (state.network[region] ??= emptyNetworkRegion());
}

export const apiError = (status: number, message: string): BridgeFailure => ({
  ok: false,
  status,
  message,
  phase: 'api',
});

export function buildError(serverId: string, detail: string): BridgeFailure {
  return {
    ok: false,
    status: 500,
    message: `Build of instance ${serverId} aborted: Failed to allocate the network(s), not rescheduling.`,
    phase: 'build',
    detail,
  };
}

/** _get_available_networks without ids: the project's own unshared networks, then shared ones. */
export function availableNetworks(net: NetworkRegionState, projectId: string): NetworkRecord[] {
  const byId = (a: NetworkRecord, b: NetworkRecord) => (a.id < b.id ? -1 : 1);
  return [
    ...net.networks.filter((n) => n.projectId === projectId && !n.shared).sort(byId),
    ...net.networks.filter((n) => n.shared).sort(byId),
  ];
}

/** How nova.network.neutron turns Neutron's port-create failures into its exceptions. */
export function novaMessage(
  err: NeutronError,
  plan: { fixedIp?: string; network: NetworkRecord } | undefined,
): string {
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

export function bind(port: PortRecord, serverId: string, hostId: string, now: number): void {
  port.deviceId = serverId;
  port.deviceOwner = DEVICE_OWNER;
  port.bindingHostId = hostId;
  port.bindingVifType = 'ovs';
  port.status = 'ACTIVE';
  touch(port, now);
}

export function unbind(port: PortRecord, now: number): void {
  port.deviceId = '';
  port.deviceOwner = '';
  port.bindingHostId = '';
  port.bindingVifType = 'unbound';
  port.status = 'DOWN';
  touch(port, now);
}

/**
 * What nova-api answers when nova-compute's attach fails with an exception the API
 * does not map (seen on the devcloud for an unknown network or a bad address).
 */
export function unexpectedApiError(exceptionClass: string): BridgeFailure {
  return apiError(
    500,
    'Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach ' +
      `the Nova API log if possible.\n<class '${exceptionClass}'>`,
  );
}

/** The server's ports, in the order they were attached. */
export function serverPorts(state: SandboxState, region: string, serverId: string): PortRecord[] {
  return networkRegion(state, region).ports.filter((p) => p.deviceId === serverId);
}
