import { describe, expect, it } from 'vitest';
import type { Catalog } from '@/lib/openstack/identity/identity-schemas';
import { apiEndpoints, serviceDisplayName } from './api-endpoints';

const endpoint = (iface: 'public' | 'internal' | 'admin', region: string, url: string) => ({
  interface: iface,
  region_id: region,
  region,
  url,
});

const CATALOG: Catalog = [
  {
    type: 'network',
    name: 'neutron',
    endpoints: [
      endpoint('internal', 'RegionOne', 'http://internal:9696'),
      endpoint('public', 'RegionOne', 'http://public:9696'),
    ],
  },
  {
    type: 'compute',
    name: 'nova',
    endpoints: [
      endpoint('public', 'RegionTwo', 'http://two:8774/v2.1'),
      endpoint('public', 'RegionOne', 'http://one:8774/v2.1'),
    ],
  },
  { type: 'object-store', endpoints: [endpoint('public', 'RegionOne', 'http://swift/v1/AUTH_x')] },
  { type: 'ec2', endpoints: [endpoint('admin', 'RegionOne', 'http://ec2')] },
  { type: 'identity', endpoints: [endpoint('public', 'RegionTwo', 'http://keystone/v3')] },
];

describe('apiEndpoints', () => {
  it("lists each service's public endpoint of the region, by service type", () => {
    expect(apiEndpoints(CATALOG, 'RegionOne')).toEqual([
      { service: 'Compute', type: 'compute', url: 'http://one:8774/v2.1' },
      { service: 'Network', type: 'network', url: 'http://public:9696' },
      { service: 'Object store', type: 'object-store', url: 'http://swift/v1/AUTH_x' },
    ]);
    expect(apiEndpoints(CATALOG, 'RegionTwo').map((e) => e.service)).toEqual([
      'Compute',
      'Identity',
    ]);
  });

  it('names services as Horizon does, from their type', () => {
    expect(serviceDisplayName('volumev3')).toBe('Volumev3');
    expect(serviceDisplayName('container-infra')).toBe('Container infra');
    expect(serviceDisplayName('s3')).toBe('S3');
  });
});
