// How Neutron's floating IP statuses read (Horizon's words) and their colours.
import type { StatusTone } from '@/lib/ui/status-tone';

const LABELS: Record<string, string> = { ACTIVE: 'Active', DOWN: 'Down', ERROR: 'Error' };

export function fipStatusLabel(status: string): string {
  return LABELS[status] ?? status;
}

export function fipStatusTone(status: string): StatusTone {
  if (status === 'ACTIVE') return 'ok';
  if (status === 'ERROR') return 'bad';
  return 'idle';
}
