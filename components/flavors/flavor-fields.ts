// Flavor fields whose API names are long or whose shape changed across microversions.
import type { Flavor } from '@/lib/openstack/compute/flavor-schemas';

export const ephemeralOf = (f: Flavor): number => f['OS-FLV-EXT-DATA:ephemeral'] ?? 0;
/** Before 2.75 Nova wrote "no swap" as "". */
export const swapOf = (f: Flavor): number => (typeof f.swap === 'number' ? f.swap : 0);
export const isPublic = (f: Flavor): boolean => f['os-flavor-access:is_public'] !== false;
