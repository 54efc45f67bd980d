// The clouds.yaml and openrc for an application credential (auth type
// v3applicationcredential): they hold its ID and secret, so they are built in the
// browser from the create answer, the only time Keystone shows the secret.
import { sh, yaml } from '@/lib/equivalents/quote';
import { CLOUD_NAME } from './clouds-yaml';

export interface AppCredFacts {
  authUrl: string;
  region: string;
  id: string;
  name: string;
  secret: string;
}

export function appCredCloudsYaml(f: AppCredFacts): string {
  return [
    `# clouds.yaml for the application credential "${f.name.replace(/[\r\n]/g, ' ')}".`,
    '# Save it as ~/.config/openstack/clouds.yaml (or ./clouds.yaml) and run, e.g.:',
    `#   openstack --os-cloud ${CLOUD_NAME} server list`,
    '# It holds the secret: keep it private.',
    'clouds:',
    `  ${CLOUD_NAME}:`,
    '    auth:',
    `      auth_url: ${yaml(f.authUrl)}`,
    `      application_credential_id: ${yaml(f.id)}`,
    `      application_credential_secret: ${yaml(f.secret)}`,
    `    region_name: ${yaml(f.region)}`,
    '    interface: public',
    '    identity_api_version: 3',
    '    auth_type: v3applicationcredential',
    '',
  ].join('\n');
}

export function appCredOpenrc(f: AppCredFacts): string {
  const vars: [string, string][] = [
    ['OS_AUTH_TYPE', 'v3applicationcredential'],
    ['OS_AUTH_URL', f.authUrl],
    ['OS_IDENTITY_API_VERSION', '3'],
    ['OS_INTERFACE', 'public'],
    ['OS_REGION_NAME', f.region],
    ['OS_APPLICATION_CREDENTIAL_ID', f.id],
    ['OS_APPLICATION_CREDENTIAL_SECRET', f.secret],
  ];
  return [
    '#!/usr/bin/env bash',
    `# OpenStack RC file for the application credential ${sh(f.name).replace(/[\r\n]/g, ' ')}.`,
    '#   source <this file>',
    '# It holds the secret: keep it private.',
    '',
    ...vars.map(([name, value]) => `export ${name}=${sh(value)}`),
    '# A password, project or user setting would compete with the credential.',
    'unset OS_USERNAME OS_PASSWORD OS_USER_DOMAIN_NAME OS_PROJECT_ID OS_PROJECT_NAME OS_PROJECT_DOMAIN_ID OS_PROJECT_DOMAIN_NAME OS_TENANT_ID OS_TENANT_NAME OS_CLOUD OS_TOKEN',
    '',
  ].join('\n');
}

/** app-cred-<name>-openrc.sh with safe characters only. */
export function appCredOpenrcFileName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return `app-cred-${safe || 'credential'}-openrc.sh`;
}
