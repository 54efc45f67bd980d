import { describe, expect, it } from 'vitest';
import { analysisOf, startCreate, startDelete, type EngineDeps } from './engine';
import { recordSignal, signalData } from './wait-condition';
import { emptyState } from '../state';
import type { HeatResource, HeatStack } from './schema';

// The wait condition in the engine, without HTTP: how a handle keeps signals and
// words the data, and the events of a create that waits, times out, or is
// cancelled by a delete (what the HTTP tests cannot see once the stack is gone).

const TEMPLATE = (timeout: number, count = 1) => ({
  heat_template_version: '2018-08-31',
  resources: {
    handle: { type: 'OS::Heat::WaitConditionHandle' },
    wait: {
      type: 'OS::Heat::WaitCondition',
      properties: { handle: { get_resource: 'handle' }, timeout, count },
    },
    after: { type: 'OS::Heat::Value', depends_on: 'wait', properties: { value: 'done' } },
  },
});

function setup(template: Record<string, unknown>) {
  const state = emptyState();
  state.identity.services.push({ id: 'heat', type: 'orchestration', name: 'heat' });
  state.identity.endpoints.push({
    id: 'e',
    serviceId: 'heat',
    regionId: 'RegionOne',
    interface: 'public',
    url: 'http://heat.test/v1/$(project_id)s',
  });
  const deps: EngineDeps = {
    state,
    regionId: 'RegionOne',
    now: () => Date.now(),
    changed: () => {},
    pollMs: 5,
    stepMs: 1,
  };
  const stack: HeatStack = {
    id: 'stack-id',
    name: 'w',
    projectId: 'p1',
    userId: 'u1',
    action: 'CREATE',
    status: 'IN_PROGRESS',
    reason: '',
    template,
    files: {},
    environment: {},
    params: {},
    disableRollback: true,
    timeoutMins: null,
    tags: [],
    createdAt: Date.now(),
    updatedAt: null,
    resources: [],
    events: [],
  };
  const run = { stack, token: 't', custom: { check: () => null } };
  return { deps, stack, run, a: analysisOf(stack, run.custom) };
}

async function until(what: string, test: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`never: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const res = (stack: HeatStack, name: string) => stack.resources.find((r) => r.name === name);
const events = (stack: HeatStack) =>
  stack.events.map((e) => `${e.resourceName} ${e.status} ${e.reason}`);

describe('wait condition handle signals', () => {
  it('numbers ids and reasons after the signals kept, replaces a known id, ignores other statuses', () => {
    const handle = { signals: [] } as unknown as HeatResource;
    expect(recordSignal(handle, { status: 'SUCCESS', reason: 'r1', data: 'd1' })).toEqual({
      id: '1',
      status: 'SUCCESS',
      reason: 'r1',
      data: 'd1',
    });
    expect(recordSignal(handle, { status: 'WHATEVER' })).toBeNull();
    expect(recordSignal(handle, 'not a map')).toMatchObject({
      id: '2',
      reason: 'Signal 2 received',
    });
    expect(recordSignal(handle, { id: 'web', data: { k: [1, 2] } })).toMatchObject({
      id: 'web',
      status: 'SUCCESS',
      reason: 'Signal 3 received',
    });
    recordSignal(handle, { id: '1', status: 'FAILURE', reason: 'again', data: 'é' });
    expect(handle.signals!.map((x) => `${x.id}:${x.status}`)).toEqual([
      '1:FAILURE',
      '2:SUCCESS',
      'web:SUCCESS',
    ]);
    // Python's json.dumps, keys in arrival order (a numeric id does not jump ahead).
    expect(signalData(handle)).toBe('{"1": "\\u00e9", "2": null, "web": {"k": [1, 2]}}');
  });
});

describe('the engine and a wait condition', () => {
  it('waits for the signals, then makes what depends on it', async () => {
    const { deps, stack, run, a } = setup(TEMPLATE(60, 2));
    startCreate(deps, run, a);
    await until('waiting', () => res(stack, 'wait')?.status === 'IN_PROGRESS');
    const handle = res(stack, 'handle')!;
    expect(handle.attributes.endpoint).toBe(
      'http://heat.test/v1/p1/stacks/w/stack-id/resources/handle/signal',
    );
    recordSignal(handle, { data: 'one' });
    await new Promise((r) => setTimeout(r, 30));
    expect(stack.status).toBe('IN_PROGRESS');
    expect(res(stack, 'after')).toBeUndefined();
    expect(res(stack, 'wait')!.attributes.data).toBe('{"1": "one"}');
    recordSignal(handle, {});
    await until('complete', () => stack.status === 'COMPLETE');
    expect(res(stack, 'wait')!.attributes.data).toBe('{"1": "one", "2": null}');
    expect(events(stack)).toEqual([
      'w CREATE_IN_PROGRESS Stack CREATE started',
      'handle CREATE_IN_PROGRESS state changed',
      'handle CREATE_COMPLETE state changed',
      'wait CREATE_IN_PROGRESS state changed',
      'wait CREATE_COMPLETE state changed',
      'after CREATE_IN_PROGRESS state changed',
      'after CREATE_COMPLETE state changed',
      'w CREATE_COMPLETE Stack CREATE completed successfully',
    ]);
  });

  it('fails when the time is up, saying how many came', async () => {
    const { deps, stack, run, a } = setup(TEMPLATE(1, 2));
    const started = Date.now();
    startCreate(deps, run, a);
    await until('waiting', () => res(stack, 'wait')?.status === 'IN_PROGRESS');
    recordSignal(res(stack, 'handle')!, { reason: 'half there' });
    await until('failed', () => stack.status === 'FAILED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(res(stack, 'wait')!.reason).toBe(
      'WaitConditionTimeout: resources.wait: 1 of 2 received - half there',
    );
    expect(stack.reason).toBe(
      'Resource CREATE failed: WaitConditionTimeout: resources.wait: 1 of 2 received - half there',
    );
    expect(res(stack, 'after')).toBeUndefined();
  });

  it('a delete cancels the wait, then deletes in reverse order', async () => {
    const { deps, stack, run, a } = setup(TEMPLATE(600));
    startCreate(deps, run, a);
    await until('waiting', () => res(stack, 'wait')?.status === 'IN_PROGRESS');
    let removed = false;
    startDelete(deps, run, () => (removed = true));
    // Both at once, before the engine notices: a second DELETE finds DELETE_IN_PROGRESS.
    expect(`${stack.action}_${stack.status}`).toBe('DELETE_IN_PROGRESS');
    await until('removed', () => removed, 2000);
    expect(events(stack).slice(4)).toEqual([
      'w CREATE_FAILED Stack CREATE cancelled',
      'w DELETE_IN_PROGRESS Stack DELETE started',
      'wait CREATE_FAILED CREATE aborted (user triggered cancel)',
      'wait DELETE_IN_PROGRESS state changed',
      'wait DELETE_COMPLETE state changed',
      'handle DELETE_IN_PROGRESS state changed',
      'handle DELETE_COMPLETE state changed',
      'w DELETE_COMPLETE Stack DELETE completed successfully',
    ]);
    // Nothing of the cancelled create comes after.
    await new Promise((r) => setTimeout(r, 30));
    expect(stack.events.at(-1)!.reason).toBe('Stack DELETE completed successfully');
    expect(res(stack, 'after')).toBeUndefined();
  });
});
