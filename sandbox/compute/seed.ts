import { seedFlavors } from './flavor-store';
import { emptyComputeRegion } from './region-state';
import type { ComputeRegionState, SandboxState } from '../state';

// Per-region Nova seed: the devcloud's flavors. Default quotas and the `nova`
// availability zone are constants, not state. Idempotent, like the identity seed.

export function seedCompute(region: ComputeRegionState, now = Date.now()): void {
  seedFlavors(region, now);
}

/** Every region's Nova gets the seed flavors. */
export function seedComputeRegions(
  state: SandboxState,
  regions: readonly string[],
  now: number,
): void {
  for (const region of regions) seedCompute((state.compute[region] ??= emptyComputeRegion()), now);
}
