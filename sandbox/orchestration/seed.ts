import { emptyOrchestrationRegion } from './schema';
import type { SandboxState } from '../state';

// Every region starts with no stacks. A stack left IN_PROGRESS by a sandbox that
// stopped mid-way fails as Heat marks it when its engine comes back.
export function seedOrchestrationRegions(
  state: SandboxState,
  regions: readonly string[],
  now: number,
): void {
  for (const region of regions) {
    const r = (state.orchestration[region] ??= emptyOrchestrationRegion());
    for (const s of r.stacks) {
      if (s.status !== 'IN_PROGRESS') continue;
      s.status = 'FAILED';
      s.reason = `Engine went down during stack ${s.action}`;
      s.updatedAt = now;
    }
  }
}
