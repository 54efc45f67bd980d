import { compareNames, nameKey, sameName } from '../names';
import type { ComputeRegionState, KeypairRecord } from '../state';

// Key pairs of one Nova deployment (one region), owned by users. Pure functions over
// the region's state so the list/page/quota rules can be unit tested.

/** Nova's default quota: key_pairs = 100 per user. */
export const KEYPAIR_QUOTA = 100;
export function userKeypairs(region: ComputeRegionState, userId: string): KeypairRecord[] {
  return region.keypairs
    .filter((k) => k.userId === userId)
    .sort((a, b) => compareNames(a.name, b.name));
}

export function findKeypair(
  region: ComputeRegionState,
  userId: string,
  name: string,
): KeypairRecord | undefined {
  return region.keypairs.find((k) => k.userId === userId && sameName(k.name, name));
}

export type Page = { ok: true; items: KeypairRecord[] } | { ok: false; marker: string };

/** paginate_query ordered by name: items after the marker's row, at most `limit`. */
export function pageKeypairs(
  sorted: KeypairRecord[],
  limit: number | null,
  marker: string | null,
): Page {
  let items = sorted;
  if (marker !== null) {
    const row = sorted.find((k) => sameName(k.name, marker));
    if (!row) return { ok: false, marker };
    items = sorted.filter((k) => nameKey(k.name) > nameKey(row.name));
  }
  return { ok: true, items: limit === null ? items : items.slice(0, limit) };
}

export function addKeypair(
  region: ComputeRegionState,
  fields: Omit<KeypairRecord, 'id' | 'createdAt'>,
  now: number,
): KeypairRecord {
  const record: KeypairRecord = { ...fields, id: region.nextKeypairId, createdAt: now };
  region.nextKeypairId += 1;
  region.keypairs.push(record);
  return record;
}

export function removeKeypair(region: ComputeRegionState, userId: string, name: string): boolean {
  const before = region.keypairs.length;
  region.keypairs = region.keypairs.filter((k) => !(k.userId === userId && sameName(k.name, name)));
  return region.keypairs.length < before;
}
