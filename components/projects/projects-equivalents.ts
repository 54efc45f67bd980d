// Identity → Projects: the equivalent commands.
import { HOT_VERSION, SDK_CONNECT_LINES } from '@/lib/equivalents/preamble';
import { hotName, py, sh, yaml } from '@/lib/equivalents/quote';
import type { Equivalents } from '@/lib/equivalents/types';

const HOT_NOTE = '# Heat has no resource for this change; the CLI or SDK above does it.';

export function createProjectEquivalents(p: {
  name: string;
  description: string;
  domain: string;
  enabled: boolean;
}): Equivalents {
  const resource = hotName(p.name, 'project');
  return {
    cli: [
      'openstack project create',
      `--domain ${sh(p.domain)}`,
      ...(p.description ? [`--description ${sh(p.description)}`] : []),
      p.enabled ? '--enable' : '--disable',
      sh(p.name),
    ].join(' '),
    sdk: [
      ...SDK_CONNECT_LINES,
      'project = conn.identity.create_project(',
      `    name=${py(p.name)},`,
      `    domain_id=${py(p.domain)},`,
      ...(p.description ? [`    description=${py(p.description)},`] : []),
      `    is_enabled=${p.enabled ? 'True' : 'False'},`,
      ')',
      'print(project.id)',
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      `  ${resource}:`,
      '    type: OS::Keystone::Project',
      '    properties:',
      `      name: ${yaml(p.name)}`,
      `      domain: ${yaml(p.domain)}`,
      ...(p.description ? [`      description: ${yaml(p.description)}`] : []),
      `      enabled: ${p.enabled ? 'true' : 'false'}`,
      '',
      'outputs:',
      '  project_id:',
      `    value: { get_resource: ${resource} }`,
    ].join('\n'),
  };
}

export function updateProjectEquivalents(
  id: string,
  change: { name: string; description: string; enabled: boolean },
): Equivalents {
  return {
    cli: `openstack project set --name ${sh(change.name)} --description ${sh(change.description)} ${change.enabled ? '--enable' : '--disable'} ${sh(id)}`,
    sdk: [
      ...SDK_CONNECT_LINES,
      `conn.identity.update_project(`,
      `    ${py(id)},`,
      `    name=${py(change.name)},`,
      `    description=${py(change.description)},`,
      `    is_enabled=${change.enabled ? 'True' : 'False'},`,
      ')',
    ].join('\n'),
    hot: [
      '# In the stack that created the project, change its properties and update the stack:',
      '#   name, description, enabled of its OS::Keystone::Project resource.',
      HOT_NOTE,
    ].join('\n'),
  };
}

export function enableProjectEquivalents(ids: string[], enabled: boolean): Equivalents {
  return {
    cli: ids
      .map((id) => `openstack project set ${enabled ? '--enable' : '--disable'} ${sh(id)}`)
      .join('\n'),
    sdk: [
      ...SDK_CONNECT_LINES,
      ...ids.map(
        (id) => `conn.identity.update_project(${py(id)}, is_enabled=${enabled ? 'True' : 'False'})`,
      ),
    ].join('\n'),
    hot: `# Set "enabled: ${enabled ? 'true' : 'false'}" on the OS::Keystone::Project resource and update the stack.\n${HOT_NOTE}`,
  };
}

export function deleteProjectEquivalents(ids: string[]): Equivalents {
  return {
    cli: `openstack project delete ${ids.map(sh).join(' ')}`,
    sdk: [...SDK_CONNECT_LINES, ...ids.map((id) => `conn.identity.delete_project(${py(id)})`)].join(
      '\n',
    ),
    hot: '# Remove the OS::Keystone::Project resource from its template and update the stack,\n# or delete the stack that created it.',
  };
}

export function membersEquivalents(
  projectId: string,
  userId: string,
  grant: string[],
  revoke: string[],
): Equivalents {
  return {
    cli:
      [
        ...grant.map(
          (r) => `openstack role add --project ${sh(projectId)} --user ${sh(userId)} ${sh(r)}`,
        ),
        ...revoke.map(
          (r) => `openstack role remove --project ${sh(projectId)} --user ${sh(userId)} ${sh(r)}`,
        ),
      ].join('\n') || '# No change.',
    sdk: [
      ...SDK_CONNECT_LINES,
      ...grant.map(
        (r) =>
          `conn.identity.assign_project_role_to_user(${py(projectId)}, ${py(userId)}, conn.identity.find_role(${py(r)}))`,
      ),
      ...revoke.map(
        (r) =>
          `conn.identity.unassign_project_role_from_user(${py(projectId)}, ${py(userId)}, conn.identity.find_role(${py(r)}))`,
      ),
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      '  membership:',
      '    type: OS::Keystone::UserRoleAssignment',
      '    properties:',
      `      user: ${yaml(userId)}`,
      '      roles:',
      ...grant.map((r) => `        - role: ${yaml(r)}\n          project: ${yaml(projectId)}`),
      ...(grant.length ? [] : ['        []']),
    ].join('\n'),
  };
}

// `openstack quota set` flags per API key.
export const QUOTA_FLAGS: Record<string, string> = {
  instances: '--instances',
  cores: '--cores',
  ram: '--ram',
  key_pairs: '--key-pairs',
  server_groups: '--server-groups',
  volumes: '--volumes',
  snapshots: '--snapshots',
  gigabytes: '--gigabytes',
  network: '--networks',
  subnet: '--subnets',
  port: '--ports',
  router: '--routers',
  floatingip: '--floating-ips',
  security_group: '--secgroups',
  security_group_rule: '--secgroup-rules',
};

export const COMPUTE_KEYS = ['instances', 'cores', 'ram', 'key_pairs', 'server_groups'];
export const VOLUME_KEYS = ['volumes', 'snapshots', 'gigabytes'];
export const NETWORK_KEYS = [
  'network',
  'subnet',
  'port',
  'router',
  'floatingip',
  'security_group',
  'security_group_rule',
];

const SERVICES = [
  { keys: COMPUTE_KEYS, sdk: 'set_compute_quotas', hot: 'OS::Nova::Quota', res: 'nova_quota' },
  { keys: VOLUME_KEYS, sdk: 'set_volume_quotas', hot: 'OS::Cinder::Quota', res: 'cinder_quota' },
  {
    keys: NETWORK_KEYS,
    sdk: 'set_network_quotas',
    hot: 'OS::Neutron::Quota',
    res: 'neutron_quota',
  },
];

export function quotaEquivalents(projectId: string, limits: Record<string, number>): Equivalents {
  const entries = Object.entries(limits);
  const of = (keys: string[]) => entries.filter(([k]) => keys.includes(k));
  return {
    cli: [
      'openstack quota set',
      ...entries.map(([k, v]) => `${QUOTA_FLAGS[k] ?? k} ${v}`),
      sh(projectId),
    ].join(' '),
    sdk: [
      ...SDK_CONNECT_LINES,
      ...SERVICES.filter((s) => of(s.keys).length).map(
        (s) =>
          `conn.${s.sdk}(${py(projectId)}, ${of(s.keys)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')})`,
      ),
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      'resources:',
      ...SERVICES.filter((s) => of(s.keys).length).flatMap((s) => [
        `  ${s.res}:`,
        `    type: ${s.hot}`,
        '    properties:',
        `      project: ${yaml(projectId)}`,
        ...of(s.keys).map(([k, v]) => `      ${k}: ${v}`),
      ]),
    ].join('\n'),
  };
}

export interface ProjectMemberChange {
  kind: 'user' | 'group';
  actor: string;
  grant: string[];
  revoke: string[];
  /** The roles the actor holds after the change (for the Heat template). */
  after: string[];
}

/** Manage Members: role add/remove per user and group (roles by name). */
export function projectMembersEquivalents(
  projectId: string,
  changes: ProjectMemberChange[],
): Equivalents {
  const flag = (c: ProjectMemberChange) => `--${c.kind} ${sh(c.actor)}`;
  const sdk = (c: ProjectMemberChange, verb: 'assign' | 'unassign', r: string) => {
    const call =
      verb === 'assign'
        ? `assign_project_role_to_${c.kind}`
        : `unassign_project_role_from_${c.kind}`;
    return `conn.identity.${call}(${py(projectId)}, ${py(c.actor)}, conn.identity.find_role(${py(r)}))`;
  };
  const kept = changes.filter((c) => c.after.length > 0);
  return {
    cli:
      changes
        .flatMap((c) => [
          ...c.grant.map(
            (r) => `openstack role add --project ${sh(projectId)} ${flag(c)} ${sh(r)}`,
          ),
          ...c.revoke.map(
            (r) => `openstack role remove --project ${sh(projectId)} ${flag(c)} ${sh(r)}`,
          ),
        ])
        .join('\n') || '# No change.',
    sdk: [
      ...SDK_CONNECT_LINES,
      ...changes.flatMap((c) => [
        ...c.grant.map((r) => sdk(c, 'assign', r)),
        ...c.revoke.map((r) => sdk(c, 'unassign', r)),
      ]),
    ].join('\n'),
    hot: [
      HOT_VERSION,
      '',
      '# The roles each changed user or group holds afterwards.',
      ...(kept.length ? ['resources:'] : ['resources: {}']),
      ...kept.flatMap((c, i) => [
        `  ${c.kind}_roles_${i + 1}:`,
        `    type: ${c.kind === 'user' ? 'OS::Keystone::UserRoleAssignment' : 'OS::Keystone::GroupRoleAssignment'}`,
        '    properties:',
        `      ${c.kind}: ${yaml(c.actor)}`,
        '      roles:',
        ...c.after.map((r) => `        - role: ${yaml(r)}\n          project: ${yaml(projectId)}`),
      ]),
    ].join('\n'),
  };
}
