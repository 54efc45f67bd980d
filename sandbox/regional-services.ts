import { createComputeApp } from './compute/app';
import { seedComputeRegions } from './compute/seed';
import { createContainerInfraApp } from './container-infra/app';
import { seedContainerInfraRegions } from './container-infra/seed';
import { createImageApp } from './image/app';
import { seedImageRegions } from './image/seed';
import { createNetworkApp } from './network/app';
import { seedNetworkRegions } from './network/seed';
import { createObjectStoreApp } from './object-store/app';
import { seedObjectStoreRegions } from './object-store/seed';
import { createOrchestrationApp } from './orchestration/app';
import { seedOrchestrationRegions } from './orchestration/seed';
import { createPlacementApp } from './placement/app';
import { createVolumeApp } from './volume/app';
import { seedVolumeRegions } from './volume/seed';
import type { ServiceApp } from './http/listener';
import type { RegionalDeps } from './http/service';
import type { SandboxState } from './state';
import type { RegionalServiceType } from './topology';

export interface RegionalService {
  type: RegionalServiceType;
  name: string;
  /** Appended to the listener's origin to form the catalog URL. */
  path: string;
  /** More catalog entries for the same endpoints (Cinder is also `block-storage`). */
  aliases?: { type: string; name: string }[];
  create(deps: RegionalDeps): ServiceApp;
  /** Seeds every region, after the identity seed; idempotent. */
  seed(state: SandboxState, regions: readonly string[], now: number): void;
}

/** Each emulated per-region service, in catalog order; a new service adds one entry here. */
export const REGIONAL_SERVICES: RegionalService[] = [
  {
    type: 'compute',
    name: 'nova',
    path: '/v2.1',
    create: createComputeApp,
    seed: seedComputeRegions,
  },
  { type: 'image', name: 'glance', path: '', create: createImageApp, seed: seedImageRegions },
  {
    type: 'network',
    name: 'neutron',
    path: '',
    create: createNetworkApp,
    seed: seedNetworkRegions,
  },
  {
    type: 'volumev3',
    name: 'cinderv3',
    path: '/v3/$(project_id)s',
    aliases: [{ type: 'block-storage', name: 'cinder' }],
    create: createVolumeApp,
    seed: seedVolumeRegions,
  },
  {
    type: 'object-store',
    name: 'swift',
    path: '/v1/AUTH_$(project_id)s',
    create: createObjectStoreApp,
    seed: seedObjectStoreRegions,
  },
  {
    type: 'container-infra',
    name: 'magnum',
    path: '/v1',
    create: createContainerInfraApp,
    seed: seedContainerInfraRegions,
  },
  {
    type: 'orchestration',
    name: 'heat',
    path: '/v1/$(project_id)s',
    create: createOrchestrationApp,
    seed: seedOrchestrationRegions,
  },
  {
    type: 'placement',
    name: 'placement',
    path: '',
    create: createPlacementApp,
    // Placement's figures come from the compute state; nothing to seed.
    seed: () => undefined,
  },
];
