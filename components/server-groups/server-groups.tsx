// Project → Compute → Server Groups. api-ref: compute v2.1, "Server groups
// (os-server-groups)"; from 2.64 one `policy` and its `rules`.
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import { formText } from '@/lib/forms/text';
import type { FormValues } from '@/lib/forms/types';
import type { ServerGroup } from '@/lib/openstack/compute/server-group-schemas';
import { PANELS } from '@/lib/panels';
import { createAction, type ResourceDefinition } from '@/lib/resources/types';
import { createServerGroupInput, policyLabel, SERVER_GROUP_POLICIES } from './server-group-inputs';
import { ServerGroupMembers } from './server-group-members';
import {
  createServerGroupEquivalents,
  deleteServerGroupEquivalents,
} from './server-groups-equivalents';

/** Before 2.64 a group had a `policies` list of one. */
export const policyOf = (g: ServerGroup): string | undefined => g.policy ?? g.policies?.[0];

function rulesText(g: ServerGroup): string {
  const entries = Object.entries(g.rules ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}=${String(v)}`).join(', ') : '-';
}

function preview(values: FormValues) {
  const name = formText(values, 'name', '<name>');
  const policy = typeof values.policy === 'string' ? values.policy : 'affinity';
  const max =
    typeof values.max_server_per_host === 'string' ? values.max_server_per_host.trim() : '';
  const maxPerHost =
    policy === 'anti-affinity' && /^\d{1,4}$/.test(max) && Number(max) > 0
      ? Number(max)
      : undefined;
  return createServerGroupEquivalents(name, policy, maxPerHost);
}

export const serverGroups: ResourceDefinition<ServerGroup> = {
  panel: PANELS.serverGroups,
  apiRef: 'compute v2.1: Server groups (os-server-groups)',
  singular: 'Server Group',
  key: (g) => g.id,
  name: (g) => g.name,
  list: (api) => api.compute.listServerGroups(),
  get: (api, id) => api.compute.getServerGroup(id),
  paging: 'none',
  filter: {
    label: 'Filter server groups by name',
    match: (g, q) => g.name.toLowerCase().includes(q.toLowerCase()),
  },
  columns: [
    { id: 'name', header: 'Name', cell: (g) => g.name, sortValue: (g) => g.name, link: true },
    {
      id: 'policy',
      header: 'Policy',
      cell: (g) => policyLabel(policyOf(g)),
      sortValue: (g) => policyOf(g),
    },
    {
      id: 'members',
      header: 'Members',
      cell: (g) => g.members.length,
      sortValue: (g) => g.members.length,
    },
  ],
  createActions: [
    createAction({
      id: 'create',
      label: 'Create Server Group',
      form: {
        title: 'Create Server Group',
        submitLabel: 'Create Server Group',
        description:
          'A server group tells the scheduler where its instances may run relative to each other. Affinity: all on the same host (fast to talk, fail together). Anti Affinity: each on a different host (one host failing takes one instance down). The soft policies try, but still launch when they cannot.',
        schema: createServerGroupInput,
        defaults: { name: '', policy: 'affinity', max_server_per_host: '' },
        fields: [
          { name: 'name', label: 'Name', kind: 'text', required: true },
          {
            name: 'policy',
            label: 'Policy',
            kind: 'select',
            required: true,
            options: SERVER_GROUP_POLICIES.map((p) => ({ value: p.value, label: p.label })),
          },
          {
            name: 'max_server_per_host',
            label: 'Max Servers per Host',
            kind: 'number',
            help: 'Optional: how many members one host may hold (anti-affinity only).',
            visible: (values) => values.policy === 'anti-affinity',
          },
        ],
      },
      run: ({ api }, input) =>
        api.compute.createServerGroup({
          name: input.name,
          policy: input.policy,
          maxServerPerHost: input.max_server_per_host,
        }),
      success: (input) => `Created server group "${input.name}".`,
      equivalents: preview,
    }),
  ],
  rowActions: [
    deleteAction<ServerGroup>({
      singular: 'Server Group',
      plural: 'Server Groups',
      body: 'This action cannot be undone. Member instances keep running where they are.',
      run: ({ api }, g) => api.compute.deleteServerGroup(g.id),
      equivalents: (rows) => deleteServerGroupEquivalents(rows.map((g) => g.id)),
    }),
  ],
  detail: {
    fields: [
      { label: 'Name', value: (g) => g.name },
      { label: 'ID', value: (g) => <Mono>{g.id}</Mono> },
      { label: 'Policy', value: (g) => policyLabel(policyOf(g)) },
      { label: 'Rules', value: rulesText },
      { label: 'Members', value: (g) => g.members.length },
      { label: 'Project ID', value: (g) => orDash(g.project_id) },
      { label: 'User ID', value: (g) => orDash(g.user_id) },
    ],
    tabs: [
      { id: 'members', label: 'Members', render: (g) => <ServerGroupMembers ids={g.members} /> },
    ],
  },
  emptyMessage: 'No server groups to display.',
};
