import { applyAssociation, associationFor } from './floating-ip-store';
import { isIpv4 } from './ipam';
import { apiError, networkRegion, serverPorts, type BridgeFailure } from './nova-common';
import { touch } from './records';
import type { SandboxState } from '../state';

// The server actions addFloatingIp / removeFloatingIp (compute api-ref "Servers -
// run an action", microversions 2.1–2.43) as nova/api/openstack/compute/
// floating_ips.py does them through Neutron; texts checked against the devcloud.

export interface FloatingIpActionRequest {
  projectId: string;
  isAdmin: boolean;
  serverId: string;
  address: string;
  fixedAddress?: string;
}

type Result = { ok: true } | BridgeFailure;

function visibleFip(state: SandboxState, region: string, req: FloatingIpActionRequest) {
  return networkRegion(state, region).floatingIps.find(
    (f) => f.floatingIpAddress === req.address && (req.isAdmin || f.projectId === req.projectId),
  );
}

export function addServerFloatingIp(
  state: SandboxState,
  region: string,
  req: FloatingIpActionRequest,
  now: number,
): Result {
  const ports = serverPorts(state, region, req.serverId);
  const fixedIps = ports.flatMap((port) => port.fixedIps.map((ip) => ({ port, ip: ip.ipAddress })));
  if (ports.length === 0) return apiError(400, 'Instance network is not ready yet');
  if (fixedIps.length === 0) return apiError(400, 'No fixed IPs associated to instance');
  let chosen = fixedIps.find((f) => isIpv4(f.ip));
  if (req.fixedAddress !== undefined) {
    chosen = fixedIps.find((f) => f.ip === req.fixedAddress);
    if (!chosen) return apiError(400, 'Specified fixed address not assigned to instance');
  } else if (!chosen) {
    return apiError(
      400,
      `Unable to associate floating IP ${req.address} to any fixed IPs for instance ${req.serverId}. Instance has no fixed IPv4 addresses to associate.`,
    );
  }
  const fip = visibleFip(state, region, req);
  if (!fip) return apiError(404, 'floating IP not found');
  try {
    applyAssociation(
      fip,
      associationFor(networkRegion(state, region), fip, chosen.port, chosen.ip),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return apiError(
      400,
      `Unable to associate floating IP ${req.address} to fixed IP ${chosen.ip} for instance ${req.serverId}. Error: ${reason}`,
    );
  }
  touch(fip, now);
  return { ok: true };
}

export function removeServerFloatingIp(
  state: SandboxState,
  region: string,
  req: FloatingIpActionRequest,
  now: number,
): Result {
  const fip = visibleFip(state, region, req);
  if (!fip) return apiError(404, `Floating IP not found for address ${req.address}.`);
  const port = fip.portId
    ? networkRegion(state, region).ports.find((p) => p.id === fip.portId)
    : undefined;
  // Nova looks up the instance behind the address first; with none, its policy
  // check has no target and refuses.
  if (!port?.deviceId) {
    return apiError(
      403,
      "Policy doesn't allow os_compute_api:os-floating-ips:remove to be performed.",
    );
  }
  if (port.deviceId !== req.serverId) {
    return apiError(
      409,
      `Floating IP ${req.address} is not associated with instance ${req.serverId}.`,
    );
  }
  applyAssociation(fip, null);
  touch(fip, now);
  return { ok: true };
}
