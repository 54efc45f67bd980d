// When each instance action is offered: the row's state, lock and task, as
// Nova's check_instance_state / check_instance_lock decide (nova/compute/api.py).
import type { Server } from '@/lib/openstack/compute/server-schemas';
import type { Allowed } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { statusLabel, taskLabel } from '../instance-status';

export interface Rule {
  /** Statuses the action is allowed in; undefined = any. */
  statuses?: readonly string[];
  /** Nova refuses it on a locked instance (unless the caller is an admin). */
  respectsLock?: boolean;
  /** Allowed even while a task runs (only Delete). */
  duringTask?: boolean;
  /** Extra condition with its own reason. */
  when?: (server: Server) => Allowed;
}

export function allowedBy(rule: Rule) {
  return (server: Server, session: PublicSession): Allowed => {
    const task = server['OS-EXT-STS:task_state'];
    if (task === 'deleting' || server.status === 'DELETED') return 'The instance is being deleted.';
    if (task && !rule.duringTask) return `Not while the instance is busy (${taskLabel(task)}).`;
    if (rule.respectsLock && server.locked && !session.roles.includes('admin')) {
      return server.locked_reason
        ? `The instance is locked: ${server.locked_reason}`
        : 'The instance is locked.';
    }
    if (rule.statuses && !rule.statuses.includes(server.status)) {
      return `Not available while the instance is ${statusLabel(server.status)}.`;
    }
    return rule.when ? rule.when(server) : true;
  };
}
