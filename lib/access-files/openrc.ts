// A Keystone v3 openrc (identity api-ref v3: "Password authentication with
// scoped authorization"): sourced in bash, it sets the OS_* variables the
// openstack CLI reads and asks for the password, which it never contains.
import { sh } from '@/lib/equivalents/quote';
import type { AccessFacts } from './access-facts';

export function buildOpenrc(facts: AccessFacts): string {
  const vars: [string, string][] = [
    ['OS_AUTH_URL', facts.authUrl],
    ['OS_IDENTITY_API_VERSION', '3'],
    ['OS_INTERFACE', 'public'],
    ['OS_REGION_NAME', facts.region],
    ['OS_USER_DOMAIN_NAME', facts.userDomainName],
    ['OS_USERNAME', facts.userName],
    ['OS_PROJECT_ID', facts.projectId],
    ['OS_PROJECT_NAME', facts.projectName],
  ];
  return [
    '#!/usr/bin/env bash',
    '# OpenStack RC file (Keystone v3). Load it into your shell with:',
    '#   source <this file>',
    '# It asks for your OpenStack password and keeps it only in this shell.',
    '',
    ...vars.map(([name, value]) => `export ${name}=${sh(value)}`),
    '# The project is chosen by ID; older or other settings would compete with it.',
    'unset OS_TENANT_ID OS_TENANT_NAME OS_CLOUD OS_AUTH_TYPE OS_TOKEN',
    '',
    `printf 'OpenStack password for user %s in project %s: ' "$OS_USERNAME" "$OS_PROJECT_NAME" >&2`,
    'read -sr OS_PASSWORD_INPUT',
    'echo >&2',
    'export OS_PASSWORD="$OS_PASSWORD_INPUT"',
    'unset OS_PASSWORD_INPUT',
    '',
  ].join('\n');
}
