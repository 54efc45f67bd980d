// A snapshot as the panel lists it: Cinder's record with a display name (its id
// when it has none, as Horizon shows it).
import type { SnapshotDetail } from '@/lib/openstack/volume/snapshot-schemas';

export type SnapshotRow = Omit<SnapshotDetail, 'name'> & { name: string; givenName: string };

export function snapshotRow(s: SnapshotDetail): SnapshotRow {
  return { ...s, givenName: s.name ?? '', name: s.name || s.id };
}

/** Cinder's words for a state, as Horizon prints them: "available" → "Available". */
export function statusLabel(status: string): string {
  const text = status.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** States a snapshot leaves by itself: re-polled until they settle. */
export function isTransitional(s: { status: string }): boolean {
  return /ing$/.test(s.status) || s.status === 'backing-up';
}

/** Horizon's size format: "1GiB". */
export const sizeText = (gib: number | null | undefined) => (gib == null ? '-' : `${gib}GiB`);

/** Metadata when a form opened, kept as JSON in a hidden form value. */
export function parseRecordJson(text: unknown): Record<string, string> {
  if (typeof text !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** What to set and unset to go from `before` to `after`. */
export function recordChange(before: Record<string, string>, after: Record<string, string>) {
  const set = Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v));
  const unset = Object.keys(before).filter((k) => !(k in after));
  return { set, unset };
}
