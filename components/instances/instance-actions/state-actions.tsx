// Instance actions that take no input: start, stop, reboot, pause, suspend,
// shelve, lock, rescue's way out, resize confirm/revert, delete.
import { deleteAction } from '@/components/resource/delete-action';
import { SelectedRows } from '@/components/resource/selected-rows';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import type { RowAction } from '@/lib/resources/types';
import { simpleEquivalents } from './equivalents';
import { allowedBy, type Rule } from './rules';

interface Spec {
  id: string;
  label: string;
  /** The body of POST /servers/{id}/action. */
  body: Record<string, unknown>;
  rule: Rule;
  /** Past tense for the success message, e.g. "Started". */
  done: string;
  cli: string;
  sdk: (ref: string) => string;
  confirm?: boolean;
  danger?: boolean;
  batch?: string;
}

function serverNames(rows: Server[]): string {
  return rows.map((s) => s.name).join(', ');
}

function stateAction(spec: Spec): RowAction<Server> {
  return {
    id: spec.id,
    label: spec.label,
    danger: spec.danger,
    allowed: allowedBy(spec.rule),
    batch: spec.batch ? { label: spec.batch } : undefined,
    confirm: spec.confirm
      ? {
          title: `Confirm ${spec.label}`,
          confirmLabel: spec.label,
          body: (rows) => <SelectedRows names={rows.map((s) => s.name)} />,
        }
      : undefined,
    run: async ({ api }, server) => {
      await api.compute.serverAction(server.id, spec.body);
    },
    success: (rows) =>
      `${spec.done} ${rows.length === 1 ? 'Instance' : 'Instances'}: ${serverNames(rows)}`,
    failure: (server) => `Unable to ${spec.label.toLowerCase()}: ${server.name}`,
    equivalents: (rows) => simpleEquivalents(spec.cli, spec.sdk, rows),
  };
}

export const startInstance = stateAction({
  id: 'start',
  label: 'Start Instance',
  body: { 'os-start': null },
  rule: { statuses: ['SHUTOFF'], respectsLock: true },
  done: 'Started',
  cli: 'server start',
  sdk: (s) => `conn.compute.start_server(${s})`,
  batch: 'Start Instances',
});

export const stopInstance = stateAction({
  id: 'stop',
  label: 'Shut Off Instance',
  body: { 'os-stop': null },
  rule: { statuses: ['ACTIVE', 'ERROR', 'RESCUE'], respectsLock: true },
  done: 'Shut off',
  cli: 'server stop',
  sdk: (s) => `conn.compute.stop_server(${s})`,
  confirm: true,
  danger: true,
  batch: 'Shut Off Instances',
});

export const softReboot = stateAction({
  id: 'soft-reboot',
  label: 'Soft Reboot Instance',
  body: { reboot: { type: 'SOFT' } },
  rule: { statuses: ['ACTIVE'], respectsLock: true },
  done: 'Soft rebooted',
  cli: 'server reboot --soft',
  sdk: (s) => `conn.compute.reboot_server(${s}, "SOFT")`,
  confirm: true,
  batch: 'Soft Reboot Instances',
});

export const hardReboot = stateAction({
  id: 'hard-reboot',
  label: 'Hard Reboot Instance',
  body: { reboot: { type: 'HARD' } },
  rule: { statuses: ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED', 'ERROR'], respectsLock: true },
  done: 'Hard rebooted',
  cli: 'server reboot --hard',
  sdk: (s) => `conn.compute.reboot_server(${s}, "HARD")`,
  confirm: true,
  danger: true,
});

export const pauseInstance = stateAction({
  id: 'pause',
  label: 'Pause Instance',
  body: { pause: null },
  rule: { statuses: ['ACTIVE'], respectsLock: true },
  done: 'Paused',
  cli: 'server pause',
  sdk: (s) => `conn.compute.pause_server(${s})`,
});

export const unpauseInstance = stateAction({
  id: 'unpause',
  label: 'Resume Instance',
  body: { unpause: null },
  rule: { statuses: ['PAUSED'], respectsLock: true },
  done: 'Resumed',
  cli: 'server unpause',
  sdk: (s) => `conn.compute.unpause_server(${s})`,
});

export const suspendInstance = stateAction({
  id: 'suspend',
  label: 'Suspend Instance',
  body: { suspend: null },
  rule: { statuses: ['ACTIVE'], respectsLock: true },
  done: 'Suspended',
  cli: 'server suspend',
  sdk: (s) => `conn.compute.suspend_server(${s})`,
});

export const resumeInstance = stateAction({
  id: 'resume',
  label: 'Resume Suspended Instance',
  body: { resume: null },
  rule: { statuses: ['SUSPENDED'], respectsLock: true },
  done: 'Resumed',
  cli: 'server resume',
  sdk: (s) => `conn.compute.resume_server(${s})`,
});

export const shelveInstance = stateAction({
  id: 'shelve',
  label: 'Shelve Instance',
  body: { shelve: null },
  rule: { statuses: ['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED'], respectsLock: true },
  done: 'Shelved',
  cli: 'server shelve',
  sdk: (s) => `conn.compute.shelve_server(${s})`,
  confirm: true,
});

export const unshelveInstance = stateAction({
  id: 'unshelve',
  label: 'Unshelve Instance',
  body: { unshelve: null },
  rule: { statuses: ['SHELVED', 'SHELVED_OFFLOADED'], respectsLock: true },
  done: 'Unshelved',
  cli: 'server unshelve',
  sdk: (s) => `conn.compute.unshelve_server(${s})`,
});

export const unlockInstance = stateAction({
  id: 'unlock',
  label: 'Unlock Instance',
  body: { unlock: null },
  rule: { when: (s) => (s.locked ? true : 'The instance is not locked.') },
  done: 'Unlocked',
  cli: 'server unlock',
  sdk: (s) => `conn.compute.unlock_server(${s})`,
});

export const unrescueInstance = stateAction({
  id: 'unrescue',
  label: 'Unrescue Instance',
  body: { unrescue: null },
  rule: { statuses: ['RESCUE'], respectsLock: true },
  done: 'Unrescued',
  cli: 'server unrescue',
  sdk: (s) => `conn.compute.unrescue_server(${s})`,
});

export const confirmResize = stateAction({
  id: 'confirm-resize',
  label: 'Confirm Resize/Migrate',
  body: { confirmResize: null },
  rule: { statuses: ['VERIFY_RESIZE'], respectsLock: true },
  done: 'Confirmed resize of',
  cli: 'server resize confirm',
  sdk: (s) => `conn.compute.confirm_server_resize(${s})`,
});

export const revertResize = stateAction({
  id: 'revert-resize',
  label: 'Revert Resize/Migrate',
  body: { revertResize: null },
  rule: { statuses: ['VERIFY_RESIZE'], respectsLock: true },
  done: 'Reverted resize of',
  cli: 'server resize revert',
  sdk: (s) => `conn.compute.revert_server_resize(${s})`,
  confirm: true,
});

export const deleteInstance = deleteAction<Server>({
  singular: 'Instance',
  plural: 'Instances',
  allowed: allowedBy({ duringTask: true, respectsLock: true }),
  body: (
    <>
      Deleted instances are not recoverable. Volumes attached to them stay, unless they were created
      with &quot;Delete Volume on Instance Delete&quot;.
    </>
  ),
  run: async ({ api }, server) => {
    await api.compute.deleteServer(server.id);
  },
  done: 'Scheduled deletion of',
  removesRow: false,
  equivalents: (rows) =>
    simpleEquivalents(
      'server delete',
      (s) => `conn.compute.delete_server(${s})`,
      rows,
      [
        '# A server made by a stack goes away with the stack:',
        '# openstack stack delete <stack>',
      ].join('\n'),
    ),
});
