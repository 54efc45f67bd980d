// How Nova's server states read in the table (Horizon's words), and which are
// transitional (the row re-polls until they settle).
import type { Server } from '@/lib/openstack/compute/server-schemas';
import type { StatusTone } from '@/lib/ui/status-tone';

const POWER_STATES: Record<number, string> = {
  0: 'No State',
  1: 'Running',
  3: 'Paused',
  4: 'Shut Down',
  6: 'Crashed',
  7: 'Suspended',
};

const STATUS_LABELS: Record<string, string> = {
  VERIFY_RESIZE: 'Confirm or Revert Resize/Migrate',
  HARD_REBOOT: 'Hard Reboot',
  SHELVED_OFFLOADED: 'Shelved Offloaded',
  SOFT_DELETED: 'Soft Deleted',
};

const TRANSITIONAL = new Set([
  'BUILD',
  'REBOOT',
  'HARD_REBOOT',
  'RESIZE',
  'REVERT_RESIZE',
  'MIGRATING',
  'REBUILD',
  'PASSWORD',
  // Nova shows DELETED for a moment before the server is gone (404): keep polling.
  'DELETED',
]);

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? titleCase(status);
}

export function taskLabel(task: string | null | undefined): string {
  return task ? titleCase(task) : 'None';
}

export function powerStateLabel(state: number | null | undefined): string {
  return POWER_STATES[state ?? 0] ?? 'No State';
}

export function isTransitional(server: Server): boolean {
  return Boolean(server['OS-EXT-STS:task_state']) || TRANSITIONAL.has(server.status);
}

export function serverTone(server: Server): StatusTone {
  if (isTransitional(server)) return 'busy';
  if (server.status === 'ERROR') return 'bad';
  if (server.status === 'ACTIVE') return 'ok';
  if (server.status === 'VERIFY_RESIZE') return 'info';
  return 'idle';
}

export function ipAddresses(server: Server): string[] {
  return Object.values(server.addresses)
    .flat()
    .map((a) => a.addr);
}

export function imageId(server: Server): string | undefined {
  return server.image && typeof server.image === 'object' ? server.image.id : undefined;
}
