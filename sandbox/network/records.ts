import { randomUUID } from 'node:crypto';
import type { NetworkRegionState } from './schema';

// Neutron's standard attributes every new record starts with.

export function standardAttrs(projectId: string, now: number, description = '') {
  return {
    id: randomUUID(),
    projectId,
    description,
    createdAt: now,
    updatedAt: now,
    revision: 0,
    tags: [] as string[],
  };
}

/** Bumps revision_number and updated_at, as every Neutron update does. */
export function touch<T extends { revision: number; updatedAt: number }>(
  record: T,
  now: number,
): T {
  record.revision += 1;
  record.updatedAt = now;
  return record;
}

export function nextStandardAttrId(region: NetworkRegionState): number {
  const id = region.nextStandardAttrId;
  region.nextStandardAttrId += 1;
  return id;
}
