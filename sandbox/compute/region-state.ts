import { emptyNovaRegion } from './nova-state';
import type { ComputeRegionState } from '../state';

/** One Nova deployment's state before anything is seeded or created. */
export function emptyComputeRegion(): ComputeRegionState {
  return { keypairs: [], nextKeypairId: 1, ...emptyNovaRegion() };
}
