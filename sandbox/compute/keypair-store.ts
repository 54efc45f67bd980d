import { compareNames, sameName } from '../names';
import type { ComputeRegionState, KeypairRecord } from '../state';

// Key pairs of one Nova deployment (one region), owned by users. Pure functions over
// the region's state so the list/quota rules can be unit tested.

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
