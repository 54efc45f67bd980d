import { emptyVolumeRegion } from './schema';
import { DEFAULT_TYPE_NAME } from './volume-store';
import type { SandboxState } from '../state';

// Every region starts as the devcloud's Cinder does: no volumes and the one
// default volume type `__DEFAULT__`. Idempotent, so a state file keeps changes.

export function seedVolumeRegions(
  state: SandboxState,
  regions: readonly string[],
  now: number,
): void {
  for (const regionId of regions) {
    const region = (state.volume[regionId] ??= emptyVolumeRegion());
    if (!region.types.some((t) => t.name === DEFAULT_TYPE_NAME)) {
      region.types.push({
        id: crypto.randomUUID(),
        name: DEFAULT_TYPE_NAME,
        description: 'Default Volume Type',
        isPublic: true,
        extraSpecs: {},
        createdAt: now,
      });
    }
  }
}
