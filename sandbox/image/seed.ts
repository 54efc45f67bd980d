import { addImage, replaceImage, withData, type NewImage } from './image-store';
import { emptyImageRegion, type ImageRegionState } from './schema';
import { projectByName } from '../identity/lookup';
import { DEFAULT_DOMAIN_ID } from '../identity/seed';
import type { SandboxState } from '../state';

// The images every region starts with: public, owned by the admin project, active,
// uploaded the way `openstack image create --file` does (owner_specified.* properties).

interface SeedImage extends NewImage {
  name: string;
  size: number;
  virtualSize: number | null;
  /** The 64 KiB dummies are zeros, as in the devcloud, so their checksums match it. */
  zeros: boolean;
}

const KIB = 1024;

function seedImages(owner: string): SeedImage[] {
  const common = {
    owner,
    visibility: 'public' as const,
    diskFormat: 'qcow2',
    containerFormat: 'bare',
  };
  return [
    {
      ...common,
      name: 'cirros-0.6.2-x86_64-disk',
      size: 21430272,
      virtualSize: 117440512,
      minDisk: 1,
      zeros: false,
    },
    { ...common, name: 'cirros-like', size: 64 * KIB, virtualSize: null, zeros: true },
    {
      ...common,
      name: 'fedora-coreos-fake',
      size: 64 * KIB,
      virtualSize: null,
      zeros: true,
      properties: { os_distro: 'fedora-coreos' },
    },
    {
      ...common,
      name: 'ubuntu-22.04',
      size: 691404800,
      virtualSize: 2361393152,
      minDisk: 3,
      minRam: 512,
      zeros: false,
      properties: { os_distro: 'ubuntu', os_version: '22.04' },
    },
  ];
}

/** Seeds a region once; a second run (a loaded state file) leaves it alone. */
export function seedImageRegion(
  region: ImageRegionState,
  adminProjectId: string,
  now: number,
): void {
  if (region.seeded) return;
  const seeds = seedImages(adminProjectId);
  seeds.forEach((seed, index) => {
    const at = now - (seeds.length - index) * 1000;
    const created = addImage(
      region,
      {
        ...seed,
        properties: {
          ...seed.properties,
          'owner_specified.openstack.md5': '',
          'owner_specified.openstack.sha256': '',
          'owner_specified.openstack.object': `images/${seed.name}`,
        },
      },
      at,
    );
    const content = seed.zeros ? Buffer.alloc(seed.size) : `${seed.name} ${seed.size}`;
    replaceImage(region, {
      ...withData(created, seed.size, content),
      status: 'active',
      virtualSize: seed.virtualSize,
    });
  });
  region.seeded = true;
}

/** Every region's Glance gets the seed images, owned by the admin project. */
export function seedImageRegions(
  state: SandboxState,
  regions: readonly string[],
  now: number,
): void {
  const admin = projectByName(state.identity, 'admin', DEFAULT_DOMAIN_ID);
  if (!admin) return;
  for (const region of regions) {
    seedImageRegion((state.image[region] ??= emptyImageRegion()), admin.id, now);
  }
}
