import { seedFlavors } from './flavor-store';
import type { ComputeRegionState } from '../state';

// Per-region Nova seed: the devcloud's flavors. Default quotas and the `nova`
// availability zone are constants, not state. Idempotent, like the identity seed.

export function seedCompute(region: ComputeRegionState, now = Date.now()): void {
  seedFlavors(region, now);
}
