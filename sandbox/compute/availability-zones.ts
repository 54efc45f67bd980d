import { policyDenied } from './faults';
import { COMPUTE_HOST, isAdmin } from './server-store';
import { novaTime } from '../time';
import type { ComputeCall } from './call';
import type { SandboxResponse } from '../http/types';

// api-ref "Availability zones (os-availability-zone)": one zone, `nova`, with the
// sandbox's compute host; the detail adds the `internal` zone of the control services.

export const AVAILABILITY_ZONE = 'nova';

export function listAvailabilityZones(): SandboxResponse {
  return {
    status: 200,
    body: {
      availabilityZoneInfo: [
        { zoneName: AVAILABILITY_ZONE, zoneState: { available: true }, hosts: null },
      ],
    },
  };
}

export function availabilityZoneDetail(call: ComputeCall): SandboxResponse {
  if (!isAdmin(call)) throw policyDenied('os_compute_api:os-availability-zone:detail');
  // Services report every 10 s; show the last report as the latest 10 s boundary.
  const updated = novaTime(Math.floor(call.now / 10_000) * 10_000);
  const service = { available: true, active: true, updated_at: updated };
  return {
    status: 200,
    body: {
      availabilityZoneInfo: [
        {
          zoneName: 'internal',
          zoneState: { available: true },
          hosts: { 'sandbox-controller': { 'nova-conductor': service, 'nova-scheduler': service } },
        },
        {
          zoneName: AVAILABILITY_ZONE,
          zoneState: { available: true },
          hosts: { [COMPUTE_HOST]: { 'nova-compute': service } },
        },
      ],
    },
  };
}
