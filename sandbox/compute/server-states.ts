import type { ServerRecord, ServerState, StepEffect, TransitionStep } from './nova-state';

// Nova's vm_state / task_state / power_state machine as pure data: an action turns
// into a list of timed steps (the task states Nova passes through, then the
// settled state), and a server's state at any moment is the last step whose time
// has come. Nothing runs in the background: reads fold the steps that are due.

export const POWER = { NOSTATE: 0, RUNNING: 1, PAUSED: 3, SHUTDOWN: 4, CRASHED: 6, SUSPENDED: 7 };

/** nova/api/openstack/common.py _STATE_MAP: the API `status` of (vm_state, task_state). */
const STATE_MAP: Record<string, Record<string, string>> = {
  active: {
    default: 'ACTIVE',
    rebooting: 'REBOOT',
    reboot_pending: 'REBOOT',
    reboot_started: 'REBOOT',
    rebooting_hard: 'HARD_REBOOT',
    reboot_pending_hard: 'HARD_REBOOT',
    reboot_started_hard: 'HARD_REBOOT',
    updating_password: 'PASSWORD',
    rebuilding: 'REBUILD',
    rebuild_block_device_mapping: 'REBUILD',
    rebuild_spawning: 'REBUILD',
    migrating: 'MIGRATING',
    resize_prep: 'RESIZE',
    resize_migrating: 'RESIZE',
    resize_migrated: 'RESIZE',
    resize_finish: 'RESIZE',
  },
  building: { default: 'BUILD' },
  stopped: {
    default: 'SHUTOFF',
    resize_prep: 'RESIZE',
    resize_migrating: 'RESIZE',
    resize_migrated: 'RESIZE',
    resize_finish: 'RESIZE',
    rebuilding: 'REBUILD',
    rebuild_block_device_mapping: 'REBUILD',
    rebuild_spawning: 'REBUILD',
  },
  resized: { default: 'VERIFY_RESIZE', resize_reverting: 'REVERT_RESIZE' },
  paused: { default: 'PAUSED', migrating: 'MIGRATING' },
  suspended: { default: 'SUSPENDED' },
  rescued: { default: 'RESCUE' },
  error: {
    default: 'ERROR',
    rebuilding: 'REBUILD',
    rebuild_block_device_mapping: 'REBUILD',
    rebuild_spawning: 'REBUILD',
  },
  deleted: { default: 'DELETED' },
  soft_deleted: { default: 'SOFT_DELETED' },
  shelved: { default: 'SHELVED' },
  shelved_offloaded: { default: 'SHELVED_OFFLOADED' },
};

export function statusOf(state: Pick<ServerState, 'vmState' | 'taskState'>): string {
  const byTask = STATE_MAP[state.vmState];
  if (!byTask) return 'UNKNOWN';
  return byTask[state.taskState ?? 'default'] ?? byTask.default ?? 'UNKNOWN';
}

/** `status` query values back to vm_states (common.task_and_vm_state_from_status). */
export function vmStatesForStatus(
  status: string,
): { vmState: string; taskStates: string[] | null }[] {
  const wanted = status.toUpperCase();
  const found: { vmState: string; taskStates: string[] | null }[] = [];
  for (const [vmState, byTask] of Object.entries(STATE_MAP)) {
    const tasks = Object.entries(byTask)
      .filter(([, s]) => s === wanted)
      .map(([t]) => t);
    if (tasks.length === 0) continue;
    found.push({ vmState, taskStates: tasks.includes('default') ? null : tasks });
  }
  return found;
}

/** Durations as fractions of the boot time, so one knob (SANDBOX_BOOT_MS) scales them all. */
export interface Timings {
  bootMs: number;
}

type Phase = [taskState: string | null, fraction: number];

function schedule(
  start: number,
  bootMs: number,
  during: { vmState: string; powerState: number },
  phases: Phase[],
  end: ServerState,
  effects: Partial<Record<number | 'end', StepEffect[]>> = {},
): TransitionStep[] {
  const steps: TransitionStep[] = [];
  let at = start;
  phases.forEach(([taskState, fraction], i) => {
    steps.push({ at, ...during, taskState, effects: effects[i] ?? [] });
    at += Math.max(1, Math.round(bootMs * fraction));
  });
  steps.push({ at, ...end, effects: effects.end ?? [] });
  return steps;
}

const settled = (vmState: string, powerState: number): ServerState => ({
  vmState,
  taskState: null,
  powerState,
});

/** BUILD: scheduling → block_device_mapping → networking → spawning → ACTIVE, over bootMs. */
export function bootSteps(now: number, t: Timings, fails = false): TransitionStep[] {
  const building = { vmState: 'building', powerState: POWER.NOSTATE };
  if (fails) {
    return schedule(now, t.bootMs, building, [['scheduling', 0.2]], settled('error', 0), {
      end: ['error'],
    });
  }
  return schedule(
    now,
    t.bootMs,
    building,
    [
      ['scheduling', 0.2],
      ['block_device_mapping', 0.2],
      ['networking', 0.2],
      ['spawning', 0.4],
    ],
    settled('active', POWER.RUNNING),
    { 1: ['host'], end: ['launched'] },
  );
}

export type ServerActionKind =
  | 'stop'
  | 'start'
  | 'reboot-soft'
  | 'reboot-hard'
  | 'pause'
  | 'unpause'
  | 'suspend'
  | 'resume'
  | 'shelve'
  | 'shelveOffload'
  | 'unshelve'
  | 'resize'
  | 'confirmResize'
  | 'revertResize'
  | 'rebuild'
  | 'rescue'
  | 'unrescue'
  | 'createImage'
  | 'delete';

/** The steps an accepted action goes through, starting from the server's current state. */
export function actionSteps(
  kind: ServerActionKind,
  current: ServerState,
  resizeFrom: 'active' | 'stopped' | null,
  now: number,
  t: Timings,
): TransitionStep[] {
  const stay = { vmState: current.vmState, powerState: current.powerState };
  const run = (phases: Phase[], end: ServerState, effects?: Parameters<typeof schedule>[5]) =>
    schedule(now, t.bootMs, stay, phases, end, effects);
  const backTo = resizeFrom === 'stopped' ? settled('stopped', POWER.SHUTDOWN) : null;
  switch (kind) {
    case 'stop':
      return run([['powering-off', 0.3]], settled('stopped', POWER.SHUTDOWN));
    case 'start':
      return run([['powering-on', 0.3]], settled('active', POWER.RUNNING));
    case 'reboot-soft':
      return run(
        [
          ['rebooting', 0.2],
          ['reboot_pending', 0.1],
          ['reboot_started', 0.2],
        ],
        settled('active', POWER.RUNNING),
      );
    case 'reboot-hard':
      return run(
        [
          ['rebooting_hard', 0.1],
          ['reboot_pending_hard', 0.1],
          ['reboot_started_hard', 0.2],
        ],
        settled('active', POWER.RUNNING),
      );
    case 'pause':
      return run([['pausing', 0.1]], settled('paused', POWER.PAUSED));
    case 'unpause':
      return run([['unpausing', 0.1]], settled('active', POWER.RUNNING));
    case 'suspend':
      // libvirt's managed save leaves the domain shut off (the fake driver says RUNNING).
      return run([['suspending', 0.2]], settled('suspended', POWER.SHUTDOWN));
    case 'resume':
      return run([['resuming', 0.2]], settled('active', POWER.RUNNING));
    case 'shelve': {
      // shelved_offload_time = 0 (Nova's default): offloaded right after shelving.
      const shelving = run(
        [
          ['shelving', 0.1],
          ['shelving_image_pending_upload', 0.1],
          ['shelving_image_uploading', 0.2],
        ],
        settled('shelved', POWER.SHUTDOWN),
      );
      const shelvedAt = shelving.at(-1)?.at ?? now;
      return [...shelving.slice(0, -1), ...offloadSteps(shelvedAt, t)];
    }
    case 'shelveOffload':
      return offloadSteps(now, t);
    case 'unshelve':
      return run(
        [
          ['unshelving', 0.2],
          ['spawning', 0.3],
        ],
        settled('active', POWER.RUNNING),
        { 0: ['host'] },
      );
    case 'resize':
      return run(
        [
          ['resize_prep', 0.1],
          ['resize_migrating', 0.2],
          ['resize_migrated', 0.1],
          ['resize_finish', 0.2],
        ],
        settled('resized', current.powerState),
        { 3: ['applyNewFlavor'] },
      );
    case 'confirmResize':
      return run([[null, 0.1]], backTo ?? settled('active', POWER.RUNNING), {
        end: ['dropOldFlavor'],
      });
    case 'revertResize':
      return run([['resize_reverting', 0.4]], backTo ?? settled('active', POWER.RUNNING), {
        end: ['restoreOldFlavor'],
      });
    case 'rebuild':
      return run(
        [
          ['rebuilding', 0.2],
          ['rebuild_block_device_mapping', 0.1],
          ['rebuild_spawning', 0.3],
        ],
        current.vmState === 'stopped'
          ? settled('stopped', POWER.SHUTDOWN)
          : settled('active', POWER.RUNNING),
      );
    case 'rescue':
      return run([['rescuing', 0.3]], settled('rescued', POWER.RUNNING));
    case 'unrescue':
      return run([['unrescuing', 0.3]], settled('active', POWER.RUNNING));
    case 'createImage':
      return run(
        [
          ['image_snapshot', 0.1],
          ['image_pending_upload', 0.1],
          ['image_uploading', 0.2],
        ],
        { ...current, taskState: null },
      );
    case 'delete':
      return run([['deleting', 0.2]], settled('deleted', POWER.NOSTATE), { end: ['deleted'] });
  }
}

function offloadSteps(at: number, t: Timings): TransitionStep[] {
  return schedule(
    at,
    t.bootMs,
    { vmState: 'shelved', powerState: POWER.SHUTDOWN },
    [['shelving_offloading', 0.2]],
    // Nova records the power state read after powering off, before the destroy.
    settled('shelved_offloaded', POWER.SHUTDOWN),
    { end: ['unhost'] },
  );
}

/** The state at `now`: the last due step, or the settled state when none is due. */
export function stateAt(server: Pick<ServerRecord, 'state' | 'steps'>, now: number): ServerState {
  let state = server.state;
  for (const step of server.steps) {
    if (step.at > now) break;
    state = { vmState: step.vmState, taskState: step.taskState, powerState: step.powerState };
  }
  return state;
}

/** The steps that are due at `now`, in order, and those still to come. */
export function splitDue(
  steps: TransitionStep[],
  now: number,
): { due: TransitionStep[]; pending: TransitionStep[] } {
  const index = steps.findIndex((s) => s.at > now);
  return index < 0
    ? { due: steps, pending: [] }
    : { due: steps.slice(0, index), pending: steps.slice(index) };
}

/** When the server's current transition ends (its last step), or null when settled. */
export function transitionEnd(server: Pick<ServerRecord, 'steps'>): number | null {
  return server.steps.at(-1)?.at ?? null;
}
