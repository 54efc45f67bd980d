// Identity → Projects row actions: Edit Project, Manage Members, Modify Quotas,
// Enable/Disable Project, Delete Project (admins; Keystone refuses the others).
import { deleteAction } from '@/components/resource/delete-action';
import { FieldFailure, refusedAtField } from '@/lib/forms/field-failure';
import { memberEntries, membersChange, parseMembers } from '@/lib/forms/members';
import { formText } from '@/lib/forms/text';
import type { FieldSpec, FormValues } from '@/lib/forms/types';
import { OpenStackError } from '@/lib/openstack/errors';
import type { IdentityProject, RoleAssignment } from '@/lib/openstack/identity/admin-schemas';
import type { QuotaUsage } from '@/lib/openstack/quota-usage';
import { formRowAction, type Allowed, type RowAction } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { editProjectInput, projectMembersInput, quotaInput } from './project-inputs';
import {
  COMPUTE_KEYS,
  deleteProjectEquivalents,
  enableProjectEquivalents,
  projectMembersEquivalents,
  type ProjectMemberChange,
  NETWORK_KEYS,
  quotaEquivalents,
  updateProjectEquivalents,
  VOLUME_KEYS,
} from './projects-equivalents';

const isAdmin = (s: PublicSession) => s.roles.includes('admin');
const adminOnly = (_p: IdentityProject, s: PublicSession): Allowed =>
  isAdmin(s) || 'Only an administrator can change projects.';

const editProject = formRowAction<IdentityProject, typeof editProjectInput>({
  id: 'edit',
  label: 'Edit Project',
  allowed: adminOnly,
  form: (_ctx, p) => ({
    title: 'Edit Project',
    submitLabel: 'Save',
    description:
      'A project (tenant) owns resources: instances, volumes, networks. Its name must be unique in its domain. A disabled project keeps its resources but nobody can sign in to it.',
    schema: editProjectInput,
    defaults: { name: p.name, description: p.description ?? '', enabled: p.enabled },
    fields: [
      { name: 'name', label: 'Name', kind: 'text', required: true },
      { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
      { name: 'enabled', label: 'Enabled', kind: 'checkbox' },
    ],
  }),
  run: ({ api }, p, input) =>
    refusedAtField('name', [409], () =>
      api.identity.updateProject(p.id, {
        name: input.name,
        description: input.description,
        enabled: input.enabled,
      }),
    ),
  success: (_rows, input) => `Modified project "${input.name}".`,
  failure: (p) => `Unable to modify project: ${p.name}`,
  equivalents: ([p], values) =>
    updateProjectEquivalents(p?.id ?? '<project>', {
      name: formText(values, 'name', '<name>'),
      description: formText(values, 'description'),
      enabled: values?.enabled !== false,
    }),
});

/** The project's members as 'members' field values: users and groups, roles by name. */
function heldMembers(assignments: RoleAssignment[], roleName: (id: string) => string) {
  const users = new Map<string, string[]>();
  const groups = new Map<string, string[]>();
  for (const a of assignments) {
    const [map, actor] = a.user ? [users, a.user.id] : a.group ? [groups, a.group.id] : [null, ''];
    if (!map) continue;
    map.set(actor, [...(map.get(actor) ?? []), a.role.name ?? roleName(a.role.id)]);
  }
  return { users, groups };
}

function memberChanges(values: FormValues | undefined): ProjectMemberChange[] {
  let before: { users?: string[]; groups?: string[] } = {};
  try {
    before = JSON.parse(
      typeof values?.current === 'string' ? values.current : '{}',
    ) as typeof before;
  } catch {
    before = {};
  }
  return (['user', 'group'] as const).flatMap((kind) => {
    const after = parseMembers(values?.[`${kind}s`]);
    return membersChange(parseMembers(before[`${kind}s`]), after).map((c) => ({
      kind,
      ...c,
      after: after.get(c.actor) ?? [],
    }));
  });
}

const manageMembers = formRowAction<IdentityProject, typeof projectMembersInput>({
  id: 'members',
  label: 'Manage Members',
  allowed: adminOnly,
  form: async ({ api }, p) => {
    const [users, groups, roles, assignments] = await Promise.all([
      api.identity.listUsers(),
      api.identity.listGroups(),
      api.identity.listRoles(),
      api.identity.listProjectRoleAssignments(p.id),
    ]);
    const held = heldMembers(assignments, (id) => roles.find((r) => r.id === id)?.name ?? id);
    const current = { users: memberEntries(held.users), groups: memberEntries(held.groups) };
    const roleOptions = roles.map((r) => ({ value: r.name, label: r.name }));
    const defaultRole = roles.some((r) => r.name === 'member') ? 'member' : roles[0]?.name;
    return {
      title: `Edit Project: ${p.name}`,
      submitLabel: 'Save',
      description:
        'Add users and groups to the project and tick the roles each holds there; Remove takes away all their roles on it. "member" lets them use the project, "reader" only look; "admin" makes them a cloud administrator. A group\'s roles are held by every user in the group.',
      schema: projectMembersInput,
      defaults: { ...current, current: JSON.stringify(current) },
      fields: [
        {
          name: 'users',
          label: 'Project Members',
          kind: 'members',
          candidatesLabel: 'All Users',
          options: users.map((u) => ({ value: u.id, label: u.name })),
          roles: roleOptions,
          ...(defaultRole ? { defaultRole } : {}),
        },
        {
          name: 'groups',
          label: 'Project Groups',
          kind: 'members',
          candidatesLabel: 'All Groups',
          options: groups.map((g) => ({ value: g.id, label: g.name })),
          roles: roleOptions,
          ...(defaultRole ? { defaultRole } : {}),
        },
      ],
    };
  },
  run: async ({ api }, p, input) => {
    const roles = await api.identity.listRoles();
    const idOf = (name: string) => roles.find((r) => r.name === name)?.id ?? name;
    for (const c of memberChanges(input)) {
      const actor = c.kind === 'user' ? { user: c.actor } : { group: c.actor };
      for (const r of c.grant) await api.identity.grantProjectRole(p.id, actor, idOf(r));
      for (const r of c.revoke) await api.identity.revokeProjectRole(p.id, actor, idOf(r));
    }
  },
  success: ([p]) => `Modified the members of project "${p?.name ?? ''}".`,
  failure: (p) => `Unable to modify the members of project: ${p.name}`,
  equivalents: ([p], values) =>
    projectMembersEquivalents(p?.id ?? '<project>', memberChanges(values)),
});

const QUOTA_LABELS: Record<string, string> = {
  instances: 'Instances',
  cores: 'VCPUs',
  ram: 'RAM (MB)',
  key_pairs: 'Key Pairs',
  server_groups: 'Server Groups',
  volumes: 'Volumes',
  snapshots: 'Volume Snapshots',
  gigabytes: 'Total Size of Volumes and Snapshots (GiB)',
  network: 'Networks',
  subnet: 'Subnets',
  port: 'Ports',
  router: 'Routers',
  floatingip: 'Floating IPs',
  security_group: 'Security Groups',
  security_group_rule: 'Security Group Rules',
};

function quotaField(key: string, usage: QuotaUsage | undefined): FieldSpec {
  return {
    name: key,
    label: QUOTA_LABELS[key] ?? key,
    kind: 'number',
    required: true,
    ...(usage ? { help: `In use: ${usage.inUse}.` } : {}),
  };
}

/** The first limit the service named in its refusal, else the first of its keys. */
function refusedKey(message: string, keys: string[]): string {
  return keys.find((k) => new RegExp(`\\b${k}\\b`).test(message)) ?? keys[0] ?? '';
}

const modifyQuotas = formRowAction<IdentityProject, ReturnType<typeof quotaInput>>({
  id: 'quotas',
  label: 'Modify Quotas',
  allowed: adminOnly,
  form: async ({ api }, p) => {
    const [compute, volume, network] = await Promise.all([
      api.compute.getComputeQuotaUsage(p.id),
      api.volume.getVolumeQuotaUsage(p.id).catch(() => undefined),
      api.network.getNetworkQuota(p.id).catch(() => undefined),
    ]);
    const keys = [
      ...COMPUTE_KEYS.filter((k) => compute[k]),
      ...(volume ? VOLUME_KEYS.filter((k) => volume[k]) : []),
      ...(network ? NETWORK_KEYS.filter((k) => network[k] !== undefined) : []),
    ];
    const defaults: FormValues = {};
    for (const k of keys)
      defaults[k] = String(compute[k]?.limit ?? volume?.[k]?.limit ?? network?.[k] ?? '');
    return {
      title: `Edit Quotas: ${p.name}`,
      submitLabel: 'Save',
      description:
        'Quotas cap what the project may use: Nova counts instances, VCPUs and RAM, Cinder volumes and their size, Neutron networks, ports and floating IPs. -1 means unlimited. A service refuses a limit below what the project already uses.',
      schema: quotaInput(keys),
      defaults,
      fields: keys.map((k) => quotaField(k, compute[k] ?? volume?.[k])),
    };
  },
  run: async ({ api }, p, input) => {
    const limits = input as Record<string, number>;
    const pick = (keys: string[]) =>
      Object.fromEntries(Object.entries(limits).filter(([k]) => keys.includes(k)));
    const steps: [string[], (l: Record<string, number>) => Promise<unknown>][] = [
      [COMPUTE_KEYS, (l) => api.identity.updateComputeQuotas(p.id, l)],
      [VOLUME_KEYS, (l) => api.volume.updateVolumeQuotas(p.id, l)],
      [NETWORK_KEYS, (l) => api.network.updateNetworkQuota(p.id, l)],
    ];
    for (const [keys, set] of steps) {
      const part = pick(keys);
      if (Object.keys(part).length === 0) continue;
      try {
        await set(part);
      } catch (e) {
        if (e instanceof OpenStackError && e.status === 400) {
          throw new FieldFailure(refusedKey(e.message, Object.keys(part)), e.message);
        }
        throw e;
      }
    }
  },
  success: ([p]) => `Modified the quotas of project "${p?.name ?? ''}".`,
  failure: (p) => `Unable to modify the quotas of project: ${p.name}`,
  equivalents: ([p], values) => {
    const limits: Record<string, number> = {};
    for (const [k, v] of Object.entries(values ?? {}))
      if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) limits[k] = Number(v);
    return quotaEquivalents(p?.id ?? '<project>', limits);
  },
});

function enableAction(enabled: boolean): RowAction<IdentityProject> {
  const verb = enabled ? 'Enable' : 'Disable';
  return {
    id: enabled ? 'enable' : 'disable',
    label: `${verb} Project`,
    allowed: (p, s) => {
      if (!isAdmin(s)) return 'Only an administrator can change projects.';
      if (p.enabled === enabled)
        return `The project is already ${enabled ? 'enabled' : 'disabled'}.`;
      if (!enabled && p.id === s.project.id)
        return 'You cannot disable the project you are signed in to.';
      return true;
    },
    confirm: {
      title: `Confirm ${verb} Project`,
      confirmLabel: `${verb} Project`,
      body: (rows) =>
        `${verb} ${rows.map((p) => p.name).join(', ')}? ${enabled ? 'Its members can sign in to it again.' : 'Its members can no longer sign in to it; its resources stay.'}`,
    },
    run: ({ api }, p) => api.identity.updateProject(p.id, { enabled }),
    success: (rows) =>
      `${enabled ? 'Enabled' : 'Disabled'} project: ${rows.map((p) => p.name).join(', ')}`,
    failure: (p) => `Unable to ${verb.toLowerCase()} project: ${p.name}`,
    equivalents: (rows) =>
      enableProjectEquivalents(
        rows.map((p) => p.id),
        enabled,
      ),
  };
}

const deleteProject = deleteAction<IdentityProject>({
  singular: 'Project',
  plural: 'Projects',
  body: 'This action cannot be undone. Keystone removes the project and its role assignments; the resources it owns in other services (instances, volumes, networks) stay behind, unowned.',
  allowed: (p, s) => {
    if (!isAdmin(s)) return 'Only an administrator can delete projects.';
    if (p.id === s.project.id) return 'You cannot delete the project you are signed in to.';
    return true;
  },
  run: ({ api }, p) => api.identity.deleteProject(p.id),
  equivalents: (rows) => deleteProjectEquivalents(rows.map((p) => p.id)),
});

export const projectRowActions: RowAction<IdentityProject>[] = [
  editProject,
  manageMembers,
  modifyQuotas,
  enableAction(true),
  enableAction(false),
  deleteProject,
];
