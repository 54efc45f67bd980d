// A volume's status as the Volumes panel shows it, and which states change by themselves.
import type { VolumeDetail } from '@/lib/openstack/volume/volume-schemas';

// Cinder moves out of these by itself (or an operator does): the row is re-polled.
const TRANSITIONAL = new Set([
  'creating',
  'attaching',
  'detaching',
  'extending',
  'retyping',
  'backing-up',
  'restoring-backup',
  'downloading',
  'uploading',
  'deleting',
  'reserved',
  'maintenance',
]);

export function isTransitional(v: Pick<VolumeDetail, 'status'>): boolean {
  return TRANSITIONAL.has(v.status.toLowerCase());
}

/** "in-use" → "In-use", "error_extending" → "Error extending", as Horizon writes them. */
export function statusLabel(status: string): string {
  const text = status.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An unnamed volume is shown by its ID. */
export function volumeName(v: Pick<VolumeDetail, 'id' | 'name'>): string {
  return v.name || v.id;
}
