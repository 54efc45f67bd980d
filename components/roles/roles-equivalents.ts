// Identity → Roles: the equivalent commands.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

export function createRoleEquivalents(name: string): Equivalents {
  const resource = hotName(name, 'role');
  return {
    cli: `openstack role create ${sh(name)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `role = conn.identity.create_role(name=${py(name)})`,
      'print(role.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Keystone::Role',
      '    properties:',
      `      name: ${yaml(name)}`,
    ].join('\n'),
  };
}

export function deleteRoleEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack role delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.identity.delete_role(${py(id)})`)].join(
      '\n',
    ),
    hot: '# Remove the OS::Keystone::Role resource from its template and update the stack.',
  };
}
