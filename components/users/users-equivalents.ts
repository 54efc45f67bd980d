// Identity → Users: the equivalent commands.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

const SECRET = '<password>';

export function createUserEquivalents(u: {
  name: string;
  email: string;
  description: string;
  project: string;
  role: string;
  enabled: boolean;
}): Equivalents {
  const resource = hotName(u.name, 'user');
  const grant = u.project && u.role;
  return {
    cli: [
      [
        'openstack user create --domain default --password-prompt',
        ...(u.email ? [`--email ${sh(u.email)}`] : []),
        ...(u.description ? [`--description ${sh(u.description)}`] : []),
        ...(u.project ? [`--project ${sh(u.project)}`] : []),
        u.enabled ? '--enable' : '--disable',
        sh(u.name),
      ].join(' '),
      ...(grant
        ? [`openstack role add --project ${sh(u.project)} --user ${sh(u.name)} ${sh(u.role)}`]
        : []),
    ].join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      'user = conn.identity.create_user(',
      `    name=${py(u.name)},`,
      `    password=${py(SECRET)},`,
      ...(u.email ? [`    email=${py(u.email)},`] : []),
      ...(u.description ? [`    description=${py(u.description)},`] : []),
      ...(u.project ? [`    default_project_id=${py(u.project)},`] : []),
      `    is_enabled=${u.enabled ? 'True' : 'False'},`,
      ')',
      ...(grant
        ? [
            `role = conn.identity.find_role(${py(u.role)})`,
            `conn.identity.assign_project_role_to_user(${py(u.project)}, user, role)`,
          ]
        : []),
      'print(user.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'parameters:',
      '  password:',
      '    type: string',
      '    hidden: true',
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Keystone::User',
      '    properties:',
      `      name: ${yaml(u.name)}`,
      '      domain: default',
      '      password: { get_param: password }',
      ...(u.email ? [`      email: ${yaml(u.email)}`] : []),
      ...(u.description ? [`      description: ${yaml(u.description)}`] : []),
      ...(u.project ? [`      default_project: ${yaml(u.project)}`] : []),
      `      enabled: ${u.enabled ? 'true' : 'false'}`,
      ...(grant
        ? [
            '      roles:',
            `        - role: ${yaml(u.role)}`,
            `          project: ${yaml(u.project)}`,
          ]
        : []),
    ].join('\n'),
  };
}

export function updateUserEquivalents(
  id: string,
  u: { name: string; email: string; description: string; project: string },
): Equivalents {
  return {
    cli: [
      'openstack user set',
      `--name ${sh(u.name)}`,
      `--email ${sh(u.email)}`,
      `--description ${sh(u.description)}`,
      ...(u.project ? [`--project ${sh(u.project)}`] : []),
      sh(id),
    ].join(' '),
    sdk: [
      ...SDK_CONNECT_LINES,
      'conn.identity.update_user(',
      `    ${py(id)},`,
      `    name=${py(u.name)},`,
      `    email=${py(u.email)},`,
      `    description=${py(u.description)},`,
      ...(u.project ? [`    default_project_id=${py(u.project)},`] : []),
      ')',
    ].join('\n'),
    hot: '# Change name, email, description or default_project of the OS::Keystone::User\n# resource that created the user and update its stack.',
  };
}

export function changePasswordEquivalents(id: string): Equivalents {
  return {
    cli: `openstack user set --password-prompt ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.identity.update_user(${py(id)}, password=${py(SECRET)})`,
    ].join('\n'),
    hot: '# Pass a new value of the password parameter to the stack that created the user\n# (openstack stack update --existing --parameter password=…).',
  };
}

export function enableUserEquivalents(ids: string[], enabled: boolean): Equivalents {
  return {
    cli: ids
      .map((id) => `openstack user set ${enabled ? '--enable' : '--disable'} ${sh(id)}`)
      .join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map(
        (id) => `conn.identity.update_user(${py(id)}, is_enabled=${enabled ? 'True' : 'False'})`,
      ),
    ].join('\n'),
    hot: `# Set "enabled: ${enabled ? 'true' : 'false'}" on the OS::Keystone::User resource and update its stack.`,
  };
}

export function deleteUserEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack user delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.identity.delete_user(${py(id)})`)].join(
      '\n',
    ),
    hot: '# Remove the OS::Keystone::User resource from its template and update the stack,\n# or delete the stack that created it.',
  };
}
