import { emptyContainerInfraRegion } from './schema';
import type { SandboxState } from '../state';

// Every region starts as the devcloud's Magnum does: no templates, no clusters.
// Its templates need an image with os_distro fedora-coreos: Glance's seed has
// `fedora-coreos-fake`, as the devcloud has.

export function seedContainerInfraRegions(state: SandboxState, regions: readonly string[]): void {
  for (const region of regions) state.containerInfra[region] ??= emptyContainerInfraRegion();
}
