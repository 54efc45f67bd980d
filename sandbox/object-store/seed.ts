import { emptyObjectStoreRegion } from './schema';
import type { SandboxState } from '../state';

// Every region starts as the devcloud's Swift does: no containers; a project's
// account appears the first time it is used (account_autocreate).

export function seedObjectStoreRegions(state: SandboxState, regions: readonly string[]): void {
  for (const region of regions) state.objectStore[region] ??= emptyObjectStoreRegion();
}
