import { describe, expect, it } from 'vitest';
import { catalogServices } from './catalog-services';

describe('System Information services', () => {
  it('gives one row per service and region with the interfaces in order', () => {
    const rows = catalogServices([
      {
        id: 'n',
        type: 'compute',
        name: 'nova',
        endpoints: [
          { interface: 'public', url: 'http://p/nova', region_id: 'RegionOne' },
          { interface: 'admin', url: 'http://a/nova', region_id: 'RegionOne' },
          { interface: 'public', url: 'http://two/nova', region_id: 'RegionTwo' },
        ],
      },
      { id: 'k', type: 'identity', endpoints: [{ interface: 'public', url: 'http://k' }] },
    ]);
    expect(rows.map((r) => [r.name, r.type, r.region, r.endpoints.map((e) => e.iface)])).toEqual([
      ['identity', 'identity', '-', ['public']],
      ['nova', 'compute', 'RegionOne', ['admin', 'public']],
      ['nova', 'compute', 'RegionTwo', ['public']],
    ]);
  });
});
