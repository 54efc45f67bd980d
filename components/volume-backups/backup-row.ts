// A backup as the panel lists it: Cinder's record with a display name (its id
// when it has none, as Horizon shows it).
import type { BackupDetail } from '@/lib/openstack/volume/snapshot-schemas';

export type BackupRow = Omit<BackupDetail, 'name'> & { name: string };

export function backupRow(b: BackupDetail): BackupRow {
  return { ...b, name: b.name || b.id };
}

/** Cinder's words for a state, as Horizon prints them: "available" → "Available". */
export function statusLabel(status: string): string {
  const text = status.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** States a backup leaves by itself: re-polled until they settle. */
export const isTransitional = (b: { status: string }) => /ing$/.test(b.status);

/** Horizon's size format: "1GiB". */
export const sizeText = (gib: number | null | undefined) => (gib == null ? '-' : `${gib}GiB`);
