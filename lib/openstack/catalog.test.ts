import { describe, expect, it } from 'vitest';
import type { Catalog } from '@/lib/openstack/identity/identity-schemas';
import { catalogRegions, findEndpoint, servicesInRegion } from './catalog';

const catalog: Catalog = [
  {
    type: 'compute',
    endpoints: [
      {
        interface: 'public',
        region_id: 'RegionOne',
        region: 'RegionOne',
        url: 'http://one:8774/v2.1',
      },
      {
        interface: 'internal',
        region_id: 'RegionOne',
        region: 'RegionOne',
        url: 'http://one-int:8774/v2.1',
      },
      {
        interface: 'public',
        region_id: 'RegionTwo',
        region: 'RegionTwo',
        url: 'http://two:8774/v2.1',
      },
    ],
  },
  {
    type: 'block-storage',
    endpoints: [{ interface: 'public', region: 'RegionOne', url: 'http://one:8776/v3/p' }],
  },
];

describe('catalog', () => {
  it('picks the endpoint by region and interface', () => {
    expect(findEndpoint(catalog, 'compute', 'RegionTwo')).toBe('http://two:8774/v2.1');
    expect(findEndpoint(catalog, 'compute', 'RegionOne', 'internal')).toBe(
      'http://one-int:8774/v2.1',
    );
    expect(findEndpoint(catalog, 'compute', 'RegionThree')).toBeUndefined();
  });
  it('accepts the aliases clouds register services under', () => {
    expect(findEndpoint(catalog, 'volumev3', 'RegionOne')).toBe('http://one:8776/v3/p');
  });
  it('lists regions and the services in one', () => {
    expect(catalogRegions(catalog)).toEqual(['RegionOne', 'RegionTwo']);
    expect([...servicesInRegion(catalog, 'RegionTwo')]).toEqual(['compute']);
  });
});
