import { demoLogins, studentLoginsLine } from './identity/seed';

export interface BannerInput {
  authUrl: string;
  endpoints: Record<string, Record<string, string>>;
  students: number;
  /** SANDBOX_STUDENT_PASSWORD; null or absent = each student's user name. */
  studentPassword?: string | null;
  statePath: string | null;
}

/** The name clouds.yaml gives the sandbox: `openstack --os-cloud sandbox …`. */
export const SANDBOX_CLOUD = 'sandbox';

/** An openrc for the demo user, as a student pastes it into a shell before `openstack …`. */
export function demoOpenrc(authUrl: string, region: string): string[] {
  return [
    `export OS_AUTH_URL=${authUrl}`,
    'export OS_USERNAME=demo',
    'export OS_PASSWORD=demo',
    'export OS_PROJECT_NAME=demo',
    'export OS_USER_DOMAIN_NAME=Default',
    'export OS_PROJECT_DOMAIN_NAME=Default',
    `export OS_REGION_NAME=${region}`,
    'export OS_IDENTITY_API_VERSION=3',
    'export OS_INTERFACE=public',
  ];
}

/** A clouds.yaml for the demo user (~/.config/openstack/clouds.yaml), for the CLI and openstacksdk. */
export function demoCloudsYaml(authUrl: string, region: string): string[] {
  return [
    'clouds:',
    `  ${SANDBOX_CLOUD}:`,
    '    auth:',
    `      auth_url: ${authUrl}`,
    '      username: demo',
    '      password: demo',
    '      project_name: demo',
    '      user_domain_name: Default',
    '      project_domain_name: Default',
    `    region_name: ${region}`,
    '    identity_api_version: 3',
    '    interface: public',
  ];
}

/** What `npm run sandbox` prints: where to point a client and how to log in. */
export function bannerLines(input: BannerInput): string[] {
  const lines = ['OpenStack sandbox cloud', `  OS_AUTH_URL=${input.authUrl}  (domain Default)`];
  for (const [region, services] of Object.entries(input.endpoints)) {
    lines.push(`  ${region}`);
    for (const [type, url] of Object.entries(services)) lines.push(`    ${type.padEnd(16)} ${url}`);
  }
  lines.push('  logins (user / password -> project)');
  for (const login of demoLogins(0)) {
    lines.push(`    ${login.user} / ${login.password} -> ${login.project}`);
  }
  // A class is one line, however many students: the pattern and the password.
  const students = studentLoginsLine(input.students, input.studentPassword ?? null);
  if (students) lines.push(`    ${students}`);
  const region = Object.keys(input.endpoints)[0];
  if (region) {
    lines.push('  openrc for demo (paste into a shell, then e.g. `openstack server list`):');
    for (const line of demoOpenrc(input.authUrl, region)) lines.push(`    ${line}`);
    lines.push(
      `  clouds.yaml for demo (~/.config/openstack/clouds.yaml; \`openstack --os-cloud ${SANDBOX_CLOUD} …\`,`,
      `  openstack.connect(cloud="${SANDBOX_CLOUD}") in Python):`,
    );
    for (const line of demoCloudsYaml(input.authUrl, region)) lines.push(`    ${line}`);
  }
  lines.push(
    input.statePath
      ? `  state saved to ${input.statePath}`
      : '  state kept in memory only (set SANDBOX_STATE to keep it)',
  );
  return lines;
}
