// A clouds.yaml for openstacksdk and the openstack CLI (cloud "openstack"),
// with the same facts as the openrc and no password.
import { yaml } from '@/lib/equivalents/quote';
import type { AccessFacts } from './access-facts';

export const CLOUD_NAME = 'openstack';

export function buildCloudsYaml(facts: AccessFacts): string {
  return [
    '# clouds.yaml for openstacksdk and the openstack CLI. Save it as',
    '# ~/.config/openstack/clouds.yaml (or ./clouds.yaml) and run, e.g.:',
    `#   openstack --os-cloud ${CLOUD_NAME} server list`,
    '# It holds no password: set OS_PASSWORD, or add "password:" under auth.',
    'clouds:',
    `  ${CLOUD_NAME}:`,
    '    auth:',
    `      auth_url: ${yaml(facts.authUrl)}`,
    `      username: ${yaml(facts.userName)}`,
    `      project_id: ${yaml(facts.projectId)}`,
    `      project_name: ${yaml(facts.projectName)}`,
    `      user_domain_name: ${yaml(facts.userDomainName)}`,
    `    region_name: ${yaml(facts.region)}`,
    '    interface: public',
    '    identity_api_version: 3',
    '',
  ].join('\n');
}
