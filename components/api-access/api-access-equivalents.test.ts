import { describe, expect, it } from 'vitest';
import { credentialsEquivalents, endpointsEquivalents } from './api-access-equivalents';

describe('API Access equivalents', () => {
  it("lists the region's catalog, the region quoted", () => {
    const eq = endpointsEquivalents("Region 'One'");
    expect(eq.cli).toBe(`openstack catalog list --os-region-name 'Region '"'"'One'"'"''`);
    expect(eq.sdk).toContain(
      `endpoints = catalog.get_endpoints(interface="public", region_name="Region 'One'")`,
    );
    expect(eq.hot).toMatch(/^# Heat has no resource/);
  });

  it('shows the credentials without a password', () => {
    const eq = credentialsEquivalents();
    expect(eq.cli).toBe(
      'openstack token issue -c project_id -c user_id\nopenstack catalog show identity',
    );
    expect(eq.hot).toContain('get_param: "OS::project_id"');
  });
});
