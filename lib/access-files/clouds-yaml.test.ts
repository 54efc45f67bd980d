import { describe, expect, it } from 'vitest';
import { buildCloudsYaml } from './clouds-yaml';
import type { AccessFacts } from './access-facts';

const DEMO: AccessFacts = {
  authUrl: 'http://127.0.0.1:5000/v3',
  region: 'RegionOne',
  userName: 'demo',
  userDomainName: 'Default',
  projectId: '5b4382441b074a3994a3311099d6b66b',
  projectName: 'demo',
};

describe('buildCloudsYaml', () => {
  it('writes the cloud "openstack" with the session facts and no password', () => {
    expect(buildCloudsYaml(DEMO)).toBe(
      [
        '# clouds.yaml for openstacksdk and the openstack CLI. Save it as',
        '# ~/.config/openstack/clouds.yaml (or ./clouds.yaml) and run, e.g.:',
        '#   openstack --os-cloud openstack server list',
        '# It holds no password: set OS_PASSWORD, or add "password:" under auth.',
        'clouds:',
        '  openstack:',
        '    auth:',
        '      auth_url: "http://127.0.0.1:5000/v3"',
        '      username: demo',
        '      project_id: 5b4382441b074a3994a3311099d6b66b',
        '      project_name: demo',
        '      user_domain_name: Default',
        '    region_name: RegionOne',
        '    interface: public',
        '    identity_api_version: 3',
        '',
      ].join('\n'),
    );
  });

  it('quotes odd names and numeric-looking IDs so YAML reads them as strings', () => {
    const odd: AccessFacts = {
      ...DEMO,
      userName: 'yes',
      projectName: "a'b $(x): #c",
      projectId: '12345',
      region: 'Region\nOne',
    };
    const lines = buildCloudsYaml(odd).split('\n');
    expect(lines).toContain('      username: "yes"');
    expect(lines).toContain('      project_id: "12345"');
    expect(lines).toContain('      project_name: "a\'b $(x): #c"');
    expect(lines).toContain('    region_name: "Region\\nOne"');
  });
});
