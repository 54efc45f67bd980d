// Where each emulated service listens. Identity is global on the base port; every
// other service has one fixed slot per region, so URLs stay predictable:
//   region index r, slot s  ->  base + 1 + r * REGION_STRIDE + s
// RegionOne compute = base+1, RegionTwo compute = base+11, and so on.

export const REGIONS = ['RegionOne', 'RegionTwo'] as const;
export type RegionId = (typeof REGIONS)[number];

export const SERVICE_SLOTS = {
  compute: 0,
  image: 1,
  network: 2,
  volumev3: 3,
  'object-store': 4,
  orchestration: 5,
  'container-infra': 6,
  placement: 7,
} as const;
export type RegionalServiceType = keyof typeof SERVICE_SLOTS;

export const REGION_STRIDE = 10;

export function regionalPort(base: number, region: RegionId, service: RegionalServiceType): number {
  return base + 1 + REGIONS.indexOf(region) * REGION_STRIDE + SERVICE_SLOTS[service];
}
