import { badRequest, NeutronError, notFound } from './errors';
import { isIpv4 } from './ipam';
import { INTERFACE_OWNER } from './router-store';
import type { FloatingIpRecord, NetworkRegionState, PortRecord } from './schema';

// Floating IP association as neutron's l3_db checks it (api-ref network v2
// "Floating IPs"): the fixed IP on the port, a router joining that subnet to the
// floating IP's external network, and one floating IP per fixed IP and network.

export interface Association {
  portId: string;
  fixedIpAddress: string;
  routerId: string;
}

/** _get_assoc_data: which fixed IP, and which router reaches it from the external network. */
export function associationFor(
  region: NetworkRegionState,
  fip: Pick<FloatingIpRecord, 'id' | 'floatingNetworkId' | 'floatingIpAddress'>,
  port: PortRecord,
  fixedIpAddress: string | undefined,
): Association {
  const v4 = port.fixedIps.filter((ip) => isIpv4(ip.ipAddress));
  let fixed = v4[0];
  if (fixedIpAddress !== undefined) {
    fixed = port.fixedIps.find((ip) => ip.ipAddress === fixedIpAddress);
    if (!fixed) {
      throw badRequest('floatingip', `Port ${port.id} does not have fixed ip ${fixedIpAddress}`);
    }
  } else if (v4.length === 0) {
    throw badRequest(
      'floatingip',
      `Unable to find any IP address on external network ${fip.floatingNetworkId}`,
    );
  } else if (v4.length > 1) {
    throw badRequest(
      'floatingip',
      `Port ${port.id} has multiple fixed IPv4 addresses.  Must provide a specific IPv4 address when assigning a floating IP`,
    );
  }
  const subnetId = fixed?.subnetId ?? '';
  const router = region.routers.find(
    (r) =>
      r.gateway?.networkId === fip.floatingNetworkId &&
      region.ports.some(
        (p) =>
          p.deviceId === r.id &&
          p.deviceOwner === INTERFACE_OWNER &&
          p.fixedIps.some((ip) => ip.subnetId === subnetId),
      ),
  );
  if (!router || !fixed) {
    throw new NeutronError(
      404,
      'ExternalGatewayForFloatingIPNotFound',
      `External network ${fip.floatingNetworkId} is not reachable from subnet ${subnetId}.  Therefore, cannot associate Port ${port.id} with a Floating IP.`,
    );
  }
  const taken = region.floatingIps.find(
    (f) =>
      f.id !== fip.id &&
      f.portId === port.id &&
      f.fixedIpAddress === fixed.ipAddress &&
      f.floatingNetworkId === fip.floatingNetworkId,
  );
  if (taken) {
    throw new NeutronError(
      409,
      'FloatingIPPortAlreadyAssociated',
      `Cannot associate floating IP ${fip.floatingIpAddress} (${fip.id}) with port ${port.id} using fixed IP ${fixed.ipAddress}, as that fixed IP already has a floating IP on external network ${fip.floatingNetworkId}.`,
    );
  }
  return { portId: port.id, fixedIpAddress: fixed.ipAddress, routerId: router.id };
}

/** The port a floating IP may be bound to: the caller's own (admins: any). */
export function associablePort(
  region: NetworkRegionState,
  portId: string,
  viewer: { projectId: string | null; isAdmin: boolean },
): PortRecord {
  const port = region.ports.find((p) => p.id === portId);
  if (!port || (!viewer.isAdmin && port.projectId !== viewer.projectId)) {
    throw notFound('port', portId);
  }
  return port;
}

export function applyAssociation(fip: FloatingIpRecord, association: Association | null): void {
  fip.portId = association?.portId ?? null;
  fip.fixedIpAddress = association?.fixedIpAddress ?? null;
  fip.routerId = association?.routerId ?? null;
}
