import { policyRefusal } from './errors';
import type { VolumeCall } from './call';
import type { SandboxResponse } from '../http/types';

// api-ref block-storage v3 "Services (os-services)": the scheduler and the one
// volume backend, as a devstack with a fake driver lists them (admins only).

const HOST = 'sandbox-controller';

/** Cinder: naive ISO 8601 with microseconds, .000000 from its DATETIME columns. */
function cinderTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000000');
}

export function listVolumeServices(call: VolumeCall): SandboxResponse {
  if (!call.viewer.isAdmin) throw policyRefusal('volume_extension:services:index');
  // Services report every 10 s: the last report is the latest 10 s boundary.
  const updated = cinderTime(Math.floor(call.now / 10_000) * 10_000);
  const common = { zone: 'nova', status: 'enabled', state: 'up', updated_at: updated };
  return {
    status: 200,
    body: {
      services: [
        {
          binary: 'cinder-volume',
          host: `${HOST}@fake`,
          ...common,
          backend_state: 'up',
          cluster: null,
          disabled_reason: null,
          replication_status: 'disabled',
          active_backend_id: null,
          frozen: false,
        },
        { binary: 'cinder-scheduler', host: HOST, ...common, cluster: null, disabled_reason: null },
      ],
    },
  };
}
