import type { FlavorRecord, InstanceFlavor } from './nova-state';
import type { ComputeRegionState } from '../state';

// Flavors of one region: the devcloud's m1.* set, visibility rules for private
// flavors, and the copy an instance keeps of its flavor.

const SEED: [id: string, name: string, vcpus: number, ram: number, disk: number][] = [
  ['1', 'm1.tiny', 1, 512, 1],
  ['2', 'm1.small', 1, 2048, 20],
  ['3', 'm1.medium', 2, 4096, 40],
  ['4', 'm1.large', 4, 8192, 80],
  ['5', 'm1.xlarge', 8, 16384, 160],
];

export function newFlavor(
  fields: Partial<FlavorRecord> & Pick<FlavorRecord, 'id' | 'name' | 'vcpus' | 'ram' | 'disk'>,
  now: number,
): FlavorRecord {
  return {
    ephemeral: 0,
    swap: 0,
    rxtxFactor: 1,
    isPublic: true,
    disabled: false,
    description: null,
    extraSpecs: {},
    createdAt: now,
    ...fields,
  };
}

/** Idempotent: adds the seed flavors a region lacks (by id). */
export function seedFlavors(region: ComputeRegionState, now: number): void {
  for (const [id, name, vcpus, ram, disk] of SEED) {
    if (region.flavors.some((f) => f.id === id)) continue;
    region.flavors.push(newFlavor({ id, name, vcpus, ram, disk }, now));
  }
}

export function findFlavor(region: ComputeRegionState, id: string): FlavorRecord | undefined {
  return region.flavors.find((f) => f.id === id);
}

/** Public flavors, private ones the project was given, everything for an admin. */
export function canSeeFlavor(
  region: ComputeRegionState,
  flavor: FlavorRecord,
  projectId: string | null,
  isAdmin: boolean,
): boolean {
  if (flavor.isPublic || isAdmin) return true;
  return region.flavorAccess.some((a) => a.flavorId === flavor.id && a.projectId === projectId);
}

export function instanceFlavor(flavor: FlavorRecord): InstanceFlavor {
  return {
    id: flavor.id,
    name: flavor.name,
    vcpus: flavor.vcpus,
    ram: flavor.ram,
    disk: flavor.disk,
    ephemeral: flavor.ephemeral,
    swap: flavor.swap,
    extraSpecs: { ...flavor.extraSpecs },
  };
}
