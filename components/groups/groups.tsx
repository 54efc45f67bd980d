// Identity → Groups (administrators). api-ref: identity v3, "Groups".
import { deleteAction } from '@/components/resource/delete-action';
import { Mono, orDash } from '@/components/ui/cells';
import { refusedAtField } from '@/lib/forms/field-failure';
import { parseMembers } from '@/lib/forms/members';
import { formText } from '@/lib/forms/text';
import type { IdentityGroup } from '@/lib/openstack/identity/admin-schemas';
import { PANELS } from '@/lib/panels';
import { createAction, formRowAction, type ResourceDefinition } from '@/lib/resources/types';
import { groupInput, groupMembersInput, memberChange, parseIds } from './group-inputs';
import {
  createGroupEquivalents,
  deleteGroupEquivalents,
  groupMembersEquivalents,
  updateGroupEquivalents,
} from './groups-equivalents';

const editGroup = formRowAction<IdentityGroup, typeof groupInput>({
  id: 'edit',
  label: 'Edit Group',
  form: (_ctx, g) => ({
    title: 'Edit Group',
    submitLabel: 'Update Group',
    schema: groupInput,
    defaults: { name: g.name, description: g.description ?? '' },
    fields: [
      { name: 'name', label: 'Name', kind: 'text', required: true },
      { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
    ],
  }),
  run: ({ api }, g, input) =>
    refusedAtField('name', [409], () =>
      api.identity.updateGroup(g.id, { name: input.name, description: input.description }),
    ),
  success: (_rows, input) => `Group "${input.name}" was successfully updated.`,
  failure: (g) => `Unable to update group: ${g.name}`,
  equivalents: ([g], values) =>
    updateGroupEquivalents(
      g?.id ?? '<group>',
      formText(values, 'name', '<name>'),
      formText(values, 'description'),
    ),
});

const manageMembers = formRowAction<IdentityGroup, typeof groupMembersInput>({
  id: 'members',
  label: 'Manage Members',
  form: async ({ api }, g) => {
    const [all, members] = await Promise.all([
      api.identity.listUsers(),
      api.identity.listGroupUsers(g.id),
    ]);
    const current = members.map((u) => u.id);
    return {
      title: `Group Management: ${g.name}`,
      submitLabel: 'Save',
      description:
        'Add the users who belong to the group and remove those who no longer do. A role granted to the group on a project (Manage Members of the project) is held by every member.',
      schema: groupMembersInput,
      defaults: { users: current.map((id) => `${id}/`), current: JSON.stringify(current) },
      fields: [
        {
          name: 'users',
          label: 'Group Members',
          kind: 'members',
          candidatesLabel: 'All Users',
          options: all.map((u) => ({ value: u.id, label: u.name })),
        },
      ],
    };
  },
  run: async ({ api }, g, input) => {
    const { add, remove } = memberChange(parseIds(input.current), [
      ...parseMembers(input.users).keys(),
    ]);
    for (const id of add) await api.identity.addGroupUser(g.id, id);
    for (const id of remove) await api.identity.removeGroupUser(g.id, id);
  },
  success: ([g]) => `Updated the members of group "${g?.name ?? ''}".`,
  failure: (g) => `Unable to update the members of group: ${g.name}`,
  equivalents: ([g], values) => {
    const after = [...parseMembers(values?.users).keys()];
    const { add, remove } = memberChange(parseIds(values?.current), after);
    return groupMembersEquivalents(g?.id ?? '<group>', add, remove);
  },
});

export const groups: ResourceDefinition<IdentityGroup> = {
  panel: PANELS.identityGroups,
  apiRef: 'identity v3: Groups',
  singular: 'Group',
  key: (g) => g.id,
  name: (g) => g.name,
  list: async (api) => ({ items: await api.identity.listGroups() }),
  get: (api, id) => api.identity.getGroup(id),
  paging: 'none',
  filter: {
    label: 'Filter groups by name',
    match: (g, q) => g.name.toLowerCase().includes(q.toLowerCase()),
  },
  columns: [
    { id: 'name', header: 'Name', cell: (g) => g.name, sortValue: (g) => g.name, link: true },
    { id: 'description', header: 'Description', cell: (g) => orDash(g.description) },
    { id: 'id', header: 'Group ID', cell: (g) => <Mono>{g.id}</Mono> },
  ],
  createActions: [
    createAction({
      id: 'create',
      label: 'Create Group',
      form: {
        title: 'Create Group',
        submitLabel: 'Create Group',
        description:
          'A group gathers users: a role granted to the group on a project is held by each member. Its name must be unique in the domain.',
        schema: groupInput,
        defaults: { name: '', description: '' },
        fields: [
          { name: 'name', label: 'Name', kind: 'text', required: true },
          { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
        ],
      },
      run: ({ api }, input) =>
        refusedAtField('name', [409], () =>
          api.identity.createGroup({ name: input.name, description: input.description }),
        ),
      success: (input) => `Group "${input.name}" was successfully created.`,
      equivalents: (values) =>
        createGroupEquivalents(formText(values, 'name', '<name>'), formText(values, 'description')),
    }),
  ],
  rowActions: [
    manageMembers,
    editGroup,
    deleteAction<IdentityGroup>({
      singular: 'Group',
      plural: 'Groups',
      body: 'This action cannot be undone. Its members lose the roles they held through the group.',
      run: ({ api }, g) => api.identity.deleteGroup(g.id),
      equivalents: (rows) => deleteGroupEquivalents(rows.map((g) => g.id)),
    }),
  ],
  detail: {
    fields: [
      { label: 'Name', value: (g) => g.name },
      { label: 'ID', value: (g) => <Mono>{g.id}</Mono> },
      { label: 'Description', value: (g) => orDash(g.description) },
      { label: 'Domain ID', value: (g) => g.domain_id },
    ],
  },
  emptyMessage: 'No groups to display.',
};
