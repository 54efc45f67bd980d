// Identity → Groups: the equivalent commands.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

export function createGroupEquivalents(name: string, description: string): Equivalents {
  const resource = hotName(name, 'group');
  return {
    cli: `openstack group create --domain default ${description ? `--description ${sh(description)} ` : ''}${sh(name)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `group = conn.identity.create_group(name=${py(name)}, description=${py(description)})`,
      'print(group.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Keystone::Group',
      '    properties:',
      `      name: ${yaml(name)}`,
      '      domain: default',
      ...(description ? [`      description: ${yaml(description)}`] : []),
    ].join('\n'),
  };
}

export function updateGroupEquivalents(id: string, name: string, description: string): Equivalents {
  return {
    cli: `openstack group set --name ${sh(name)} --description ${sh(description)} ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.identity.update_group(${py(id)}, name=${py(name)}, description=${py(description)})`,
    ].join('\n'),
    hot: '# Change name or description of the OS::Keystone::Group resource and update its stack.',
  };
}

export function groupMembersEquivalents(id: string, add: string[], remove: string[]): Equivalents {
  return {
    cli:
      [
        ...(add.length ? [`openstack group add user ${sh(id)} ${add.map(sh).join(' ')}`] : []),
        ...(remove.length
          ? [`openstack group remove user ${sh(id)} ${remove.map(sh).join(' ')}`]
          : []),
      ].join('\n') || '# No change.',
    sdk: [
      ...SDK_CONNECT_LINES,
      `group = conn.identity.get_group(${py(id)})`,
      ...add.map((u) => `conn.identity.add_user_to_group(${py(u)}, group)`),
      ...remove.map((u) => `conn.identity.remove_user_from_group(${py(u)}, group)`),
    ].join('\n'),
    // Heat (Zed) has no membership resource: a user's groups are a property of the
    // OS::Keystone::User resource that made the user.
    hot: [
      '# Heat has no resource for group membership: it is the groups property of the',
      '# OS::Keystone::User resource that made each user. Change that list and update its stack:',
      '#',
      '#   type: OS::Keystone::User',
      '#   properties:',
      `#     groups: [${yaml(id)}]`,
    ].join('\n'),
  };
}

export function deleteGroupEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack group delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.identity.delete_group(${py(id)})`)].join(
      '\n',
    ),
    hot: '# Remove the OS::Keystone::Group resource from its template and update the stack.',
  };
}
