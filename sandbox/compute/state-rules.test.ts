import { describe, expect, it } from 'vitest';
import { refusal, RULES, type RuleName } from './state-rules';

const id = '3b9412ba-d261-4e06-96b0-161e4c2cab24';
const subject = (vmState: string, taskState: string | null = null, extra = {}) => ({
  id,
  state: { vmState, taskState, powerState: 1 },
  locked: false,
  launchedAt: 1,
  ...extra,
});

describe('state rules', () => {
  it("refuses with Nova's vm_state text", () => {
    expect(refusal('pause', subject('suspended'), false)).toBe(
      `Cannot 'pause' instance ${id} while it is in vm_state suspended`,
    );
    expect(refusal('reboot-soft', subject('stopped'), false)).toBe(
      `Cannot 'reboot' instance ${id} while it is in vm_state stopped`,
    );
    expect(refusal('updateMetadata', subject('building', 'spawning'), false)).toBe(
      `Cannot 'update metadata' instance ${id} while it is in vm_state building`,
    );
  });

  it('refuses a busy server with the task_state text, None for no task', () => {
    expect(refusal('stop', subject('active', 'rebooting'), false)).toBe(
      `Cannot 'stop' instance ${id} while it is in task_state rebooting`,
    );
    expect(refusal('reboot-hard', subject('active', 'rebooting'), false)).toBeNull();
    expect(refusal('stop', subject('active', null, { launchedAt: null }), false)).toBe(
      `Cannot 'stop' instance ${id} while it is in launched_at None`,
    );
  });

  it('checks the lock first, except for admins and for snapshots', () => {
    const locked = subject('suspended', null, { locked: true });
    expect(refusal('pause', locked, false)).toBe(`Instance ${id} is locked`);
    expect(refusal('pause', locked, true)).toBe(
      `Cannot 'pause' instance ${id} while it is in vm_state suspended`,
    );
    expect(refusal('createImage', subject('active', null, { locked: true }), false)).toBeNull();
    expect(
      refusal('delete', subject('building', 'scheduling', { launchedAt: null }), false),
    ).toBeNull();
  });

  it('accepts every action from at least one state', () => {
    for (const name of Object.keys(RULES) as RuleName[]) {
      const states = RULES[name].vmStates ?? ['active'];
      expect(states.some((vm) => refusal(name, subject(vm), false) === null)).toBe(true);
    }
  });
});
