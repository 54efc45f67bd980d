import { describe, expect, it } from 'vitest';
import { seedOrchestrationRegions } from './seed';
import { emptyState } from '../state';
import type { HeatStack } from './schema';

function stack(action: string, status: string): HeatStack {
  return {
    id: `${action}-${status}`,
    name: 's',
    projectId: 'p',
    userId: 'u',
    action,
    status,
    reason: '',
    template: {},
    files: {},
    environment: {},
    params: {},
    disableRollback: true,
    timeoutMins: null,
    tags: [],
    createdAt: 1,
    updatedAt: null,
    resources: [],
    events: [],
  };
}

describe('the Heat seed', () => {
  it('starts every region empty, and fails stacks a stopped sandbox left in progress', () => {
    const state = emptyState();
    seedOrchestrationRegions(state, ['RegionOne', 'RegionTwo'], 5);
    expect(state.orchestration).toEqual({ RegionOne: { stacks: [] }, RegionTwo: { stacks: [] } });

    state.orchestration.RegionOne!.stacks.push(
      stack('CREATE', 'IN_PROGRESS'),
      stack('UPDATE', 'COMPLETE'),
    );
    seedOrchestrationRegions(state, ['RegionOne'], 9);
    const [busy, done] = state.orchestration.RegionOne!.stacks;
    expect(busy).toMatchObject({
      status: 'FAILED',
      reason: 'Engine went down during stack CREATE',
      updatedAt: 9,
    });
    expect(done).toMatchObject({ status: 'COMPLETE', updatedAt: null });
  });
});
