import type { ServerState } from './nova-state';

// Which states each operation accepts, after nova/compute/api.py's
// @check_instance_lock and @check_instance_state decorators, and the 409 texts
// the API turns their refusals into (common.raise_http_conflict_for_instance_invalid_state).

export interface StateRule {
  /** The action name Nova puts in "Cannot '<action>' instance ...". */
  action: string;
  /** Checked first, as @check_instance_lock wraps @check_instance_state. */
  lock: boolean;
  /** null: any vm_state. */
  vmStates: readonly string[] | null;
  /** null: any task_state; the default is [None]. */
  taskStates: readonly (string | null)[] | null;
  mustHaveLaunched: boolean;
}

const rule = (
  action: string,
  vmStates: readonly string[] | null,
  extra: Partial<Omit<StateRule, 'action' | 'vmStates'>> = {},
): StateRule => ({
  action,
  vmStates,
  lock: true,
  taskStates: [null],
  mustHaveLaunched: true,
  ...extra,
});

const ALLOW_REBOOT = [
  null,
  'rebooting',
  'reboot_pending',
  'reboot_started',
  'resuming',
  'rebooting_hard',
  'unpausing',
  'pausing',
  'suspending',
];

export const RULES = {
  delete: rule('delete', null, { taskStates: null, mustHaveLaunched: false }),
  stop: rule('stop', ['active', 'error']),
  start: rule('start', ['stopped']),
  'reboot-soft': rule('reboot', ['active']),
  'reboot-hard': rule('reboot', ['active', 'stopped', 'paused', 'suspended', 'error'], {
    taskStates: ALLOW_REBOOT,
  }),
  pause: rule('pause', ['active']),
  unpause: rule('unpause', ['paused']),
  suspend: rule('suspend', ['active']),
  resume: rule('resume', ['suspended']),
  shelve: rule('shelve', ['active', 'stopped', 'paused', 'suspended']),
  shelveOffload: rule('shelveOffload', ['shelved']),
  unshelve: rule('unshelve', ['shelved', 'shelved_offloaded']),
  resize: rule('resize', ['active', 'stopped']),
  confirmResize: rule('confirmResize', ['resized']),
  revertResize: rule('revertResize', ['resized']),
  rebuild: rule('rebuild', ['active', 'stopped', 'error']),
  rescue: rule('rescue', ['active', 'stopped', 'error']),
  unrescue: rule('unrescue', ['rescued']),
  // API.snapshot has no lock check: a locked server can still be snapshotted.
  createImage: rule('createImage', ['active', 'stopped', 'paused', 'suspended'], { lock: false }),
  attachInterface: rule('attach_interface', ['active', 'paused', 'stopped']),
  detachInterface: rule('detach_interface', ['active', 'paused', 'stopped']),
  attachVolume: rule(
    'attach_volume',
    ['active', 'paused', 'stopped', 'resized', 'soft_deleted', 'shelved', 'shelved_offloaded'],
    { taskStates: null },
  ),
  detachVolume: rule(
    'detach_volume',
    ['active', 'paused', 'stopped', 'resized', 'soft_deleted', 'shelved', 'shelved_offloaded'],
    { taskStates: null },
  ),
  updateMetadata: rule('update metadata', ['active', 'paused', 'suspended', 'stopped'], {
    taskStates: null,
  }),
  deleteMetadata: rule('delete metadata', ['active', 'paused', 'suspended', 'stopped'], {
    taskStates: null,
  }),
} satisfies Record<string, StateRule>;

export type RuleName = keyof typeof RULES;

export interface RuleSubject {
  id: string;
  state: ServerState;
  locked: boolean;
  launchedAt: number | null;
}

/** Python's str() of a state value: None for null. */
const pyState = (value: string | number | null): string =>
  value === null ? 'None' : String(value);

function conflictText(action: string, id: string, attr: string, value: string | number | null) {
  return `Cannot '${action}' instance ${id} while it is in ${attr} ${pyState(value)}`;
}

/** The 409 text when the rule refuses, or null when the operation may go ahead. */
export function refusal(ruleName: RuleName, server: RuleSubject, isAdmin: boolean): string | null {
  const r: StateRule = RULES[ruleName];
  if (r.lock && server.locked && !isAdmin) return `Instance ${server.id} is locked`;
  if (r.vmStates !== null && !r.vmStates.includes(server.state.vmState)) {
    return conflictText(r.action, server.id, 'vm_state', server.state.vmState);
  }
  if (r.taskStates !== null && !r.taskStates.includes(server.state.taskState)) {
    return conflictText(r.action, server.id, 'task_state', server.state.taskState);
  }
  if (r.mustHaveLaunched && server.launchedAt === null) {
    return conflictText(r.action, server.id, 'launched_at', null);
  }
  return null;
}
