import { describe, expect, it } from 'vitest';
import {
  actionSteps,
  bootSteps,
  splitDue,
  stateAt,
  statusOf,
  vmStatesForStatus,
  type ServerActionKind,
} from './server-states';
import type { ServerState } from './nova-state';

const t = { bootMs: 1000 };
const active: ServerState = { vmState: 'active', taskState: null, powerState: 1 };
const at = (steps: ReturnType<typeof bootSteps>, ms: number) =>
  stateAt({ state: active, steps }, ms);

describe('status from vm_state and task_state', () => {
  it('maps as nova/api/openstack/common.py does', () => {
    expect(statusOf({ vmState: 'active', taskState: null })).toBe('ACTIVE');
    expect(statusOf({ vmState: 'active', taskState: 'rebooting' })).toBe('REBOOT');
    expect(statusOf({ vmState: 'active', taskState: 'reboot_started_hard' })).toBe('HARD_REBOOT');
    expect(statusOf({ vmState: 'active', taskState: 'powering-off' })).toBe('ACTIVE');
    expect(statusOf({ vmState: 'stopped', taskState: 'resize_prep' })).toBe('RESIZE');
    expect(statusOf({ vmState: 'resized', taskState: 'resize_reverting' })).toBe('REVERT_RESIZE');
    expect(statusOf({ vmState: 'resized', taskState: null })).toBe('VERIFY_RESIZE');
    expect(statusOf({ vmState: 'building', taskState: 'spawning' })).toBe('BUILD');
    expect(statusOf({ vmState: 'shelved_offloaded', taskState: null })).toBe('SHELVED_OFFLOADED');
    expect(statusOf({ vmState: 'error', taskState: 'rebuilding' })).toBe('REBUILD');
    expect(statusOf({ vmState: 'bogus', taskState: null })).toBe('UNKNOWN');
  });

  it('turns a status filter back into vm/task states', () => {
    expect(vmStatesForStatus('shutoff')).toEqual([{ vmState: 'stopped', taskStates: null }]);
    expect(vmStatesForStatus('REBOOT')).toEqual([
      { vmState: 'active', taskStates: ['rebooting', 'reboot_pending', 'reboot_started'] },
    ]);
    expect(vmStatesForStatus('RESIZE').map((s) => s.vmState)).toEqual(['active', 'stopped']);
    expect(vmStatesForStatus('nonsense')).toEqual([]);
  });
});

describe('boot', () => {
  it('walks scheduling, block_device_mapping, networking, spawning, then ACTIVE at bootMs', () => {
    const steps = bootSteps(0, t);
    expect(steps.map((s) => s.taskState)).toEqual([
      'scheduling',
      'block_device_mapping',
      'networking',
      'spawning',
      null,
    ]);
    expect(at(steps, 0)).toEqual({ vmState: 'building', taskState: 'scheduling', powerState: 0 });
    expect(at(steps, 450).taskState).toBe('networking');
    expect(at(steps, 999)).toEqual({ vmState: 'building', taskState: 'spawning', powerState: 0 });
    expect(at(steps, 1000)).toEqual({ vmState: 'active', taskState: null, powerState: 1 });
    expect(steps.at(-1)?.effects).toEqual(['launched']);
  });

  it('ends in ERROR after scheduling when no host fits', () => {
    const steps = bootSteps(0, t, true);
    expect(at(steps, 0).taskState).toBe('scheduling');
    expect(at(steps, 200)).toEqual({ vmState: 'error', taskState: null, powerState: 0 });
    expect(steps.at(-1)?.effects).toEqual(['error']);
  });
});

describe('actions', () => {
  const end = (
    kind: ServerActionKind,
    from: ServerState = active,
    resizeFrom: 'active' | 'stopped' | null = null,
  ) => {
    const steps = actionSteps(kind, from, resizeFrom, 0, t);
    return { first: steps[0], last: steps.at(-1), tasks: steps.map((s) => s.taskState) };
  };
  const stopped: ServerState = { vmState: 'stopped', taskState: null, powerState: 4 };

  it('moves through Nova task states to the settled state', () => {
    expect(end('stop')).toMatchObject({
      tasks: ['powering-off', null],
      last: { vmState: 'stopped', powerState: 4 },
    });
    expect(end('start', stopped)).toMatchObject({
      tasks: ['powering-on', null],
      last: { vmState: 'active' },
    });
    expect(end('reboot-soft').tasks).toEqual([
      'rebooting',
      'reboot_pending',
      'reboot_started',
      null,
    ]);
    expect(end('reboot-hard').tasks).toEqual([
      'rebooting_hard',
      'reboot_pending_hard',
      'reboot_started_hard',
      null,
    ]);
    expect(end('pause').last).toMatchObject({ vmState: 'paused', powerState: 3 });
    expect(end('suspend').last).toMatchObject({ vmState: 'suspended' });
    expect(end('rescue').last).toMatchObject({ vmState: 'rescued', taskState: null });
    expect(end('resize').last).toMatchObject({ vmState: 'resized', taskState: null });
    expect(
      end('revertResize', { vmState: 'resized', taskState: null, powerState: 4 }, 'stopped').last,
    ).toMatchObject({
      vmState: 'stopped',
    });
    expect(end('createImage').tasks).toEqual([
      'image_snapshot',
      'image_pending_upload',
      'image_uploading',
      null,
    ]);
    expect(end('createImage').last).toMatchObject({ vmState: 'active', taskState: null });
    expect(end('delete').last?.effects).toEqual(['deleted']);
  });

  it('shelves to SHELVED, then offloads to SHELVED_OFFLOADED', () => {
    const steps = actionSteps('shelve', active, null, 0, t);
    expect(steps.map((s) => [s.vmState, s.taskState])).toEqual([
      ['active', 'shelving'],
      ['active', 'shelving_image_pending_upload'],
      ['active', 'shelving_image_uploading'],
      ['shelved', 'shelving_offloading'],
      ['shelved_offloaded', null],
    ]);
    expect(statusOf(steps[3] as ServerState)).toBe('SHELVED');
    expect(steps.at(-1)?.effects).toEqual(['unhost']);
  });

  it('splits due steps from pending ones', () => {
    const steps = actionSteps('stop', active, null, 100, t);
    expect(splitDue(steps, 99).due).toHaveLength(0);
    expect(splitDue(steps, 100).due).toHaveLength(1);
    expect(splitDue(steps, 10_000).pending).toHaveLength(0);
  });
});
