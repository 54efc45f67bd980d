// Project → Network → Security Groups. api-ref: network v2, "Security groups
// (security-groups)".
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import { formText } from '@/lib/forms/text';
import type { SecurityGroup } from '@/lib/openstack/network/neutron-schemas';
import { PANELS } from '@/lib/panels';
import { createAction, formRowAction, type ResourceDefinition } from '@/lib/resources/types';
import { securityGroupInput } from './security-group-inputs';
import {
  createSecurityGroupEquivalents,
  deleteSecurityGroupEquivalents,
  editSecurityGroupEquivalents,
} from './security-groups-equivalents';

/** The list shows three fields; the rules embedded in each group stay on the server. */
const LIST_FIELDS = ['id', 'name', 'description'];

const DESCRIPTION =
  'A security group is a set of firewall rules applied to the ports of instances. A new group lets outgoing traffic out and nothing in: add rules (Manage Rules) to open ports such as SSH (22) or to allow ping (ICMP).';

const fields = [
  { name: 'name', label: 'Name', kind: 'text' as const, required: true },
  { name: 'description', label: 'Description', kind: 'textarea' as const, rows: 3 },
];

export const securityGroups: ResourceDefinition<SecurityGroup> = {
  panel: PANELS.securityGroups,
  apiRef: 'network v2: Security groups (security-groups)',
  singular: 'Security Group',
  key: (g) => g.id,
  name: (g) => g.name,
  list: (api, query) =>
    api.network.listSecurityGroupPage({
      limit: query.limit,
      marker: query.marker,
      filters: { ...query.filters, fields: LIST_FIELDS },
    }),
  get: (api, id) => api.network.getSecurityGroup(id),
  paging: 'server',
  projectFilter: 'project_id',
  serverFilters: [{ id: 'name', label: 'Name', param: 'name' }],
  columns: [
    { id: 'name', header: 'Name', cell: (g) => g.name, sortValue: (g) => g.name, link: true },
    { id: 'id', header: 'Security Group ID', cell: (g) => <Mono>{g.id}</Mono> },
    { id: 'description', header: 'Description', cell: (g) => orDash(g.description || null) },
  ],
  createActions: [
    createAction({
      id: 'create',
      label: 'Create Security Group',
      form: {
        title: 'Create Security Group',
        submitLabel: 'Create Security Group',
        description: DESCRIPTION,
        schema: securityGroupInput,
        defaults: { name: '', description: '' },
        fields,
      },
      run: ({ api }, input) => api.network.createSecurityGroup(input),
      success: (input) => `Successfully created security group: ${input.name}`,
      equivalents: (values) =>
        createSecurityGroupEquivalents(
          formText(values, 'name', '<name>'),
          formText(values, 'description'),
        ),
    }),
  ],
  rowActions: [
    {
      id: 'manage-rules',
      label: 'Manage Rules',
      href: (g) => `/project/security_groups/${encodeURIComponent(g.id)}`,
      run: async () => undefined,
      success: () => '',
      failure: (g) => `Unable to open the rules of ${g.name}`,
    },
    formRowAction<SecurityGroup, typeof securityGroupInput>({
      id: 'edit',
      label: 'Edit Security Group',
      form: (_ctx, g) => ({
        title: 'Edit Security Group',
        submitLabel: 'Save Changes',
        description:
          'Rename the security group or change its description. Its rules stay as they are.',
        schema: securityGroupInput,
        defaults: { name: g.name, description: g.description ?? '' },
        fields,
      }),
      run: async ({ api }, g, input) => {
        await api.network.updateSecurityGroup(g.id, input);
      },
      success: ([g], input) =>
        `Successfully updated security group: ${input.name || g?.name || ''}`,
      failure: (g) => `Unable to update security group: ${g.name}`,
      equivalents: ([g], values) =>
        editSecurityGroupEquivalents(
          g?.id ?? '<id>',
          formText(values, 'name', '<name>'),
          formText(values, 'description'),
        ),
    }),
    deleteAction<SecurityGroup>({
      singular: 'Security Group',
      plural: 'Security Groups',
      body: 'This action cannot be undone. A group still used by an instance port, and the default group, cannot be deleted.',
      run: ({ api }, g) => api.network.deleteSecurityGroup(g.id),
      equivalents: (rows) => deleteSecurityGroupEquivalents(rows.map((g) => g.id)),
    }),
  ],
  emptyMessage: 'No security groups to display.',
};
