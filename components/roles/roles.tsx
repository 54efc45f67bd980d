// Identity → Roles (administrators). api-ref: identity v3, "Roles".
import { z } from 'zod';
import { deleteAction } from '@/components/resource/delete-action';
import { Mono } from '@/components/ui/cells';
import { refusedAtField } from '@/lib/forms/field-failure';
import { formText } from '@/lib/forms/text';
import type { IdentityRole } from '@/lib/openstack/identity/admin-schemas';
import { PANELS } from '@/lib/panels';
import { createAction, type ResourceDefinition } from '@/lib/resources/types';
import { createRoleEquivalents, deleteRoleEquivalents } from './roles-equivalents';

// Keystone's role name: 1 to 255 characters.
export const roleInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Role Name is required.' })
    .max(255, { error: 'Role Name must be 255 characters or fewer.' }),
});

// Roles keystone-manage bootstrap makes; policies everywhere name them.
const BOOTSTRAP = ['admin', 'member', 'reader'];

export const roles: ResourceDefinition<IdentityRole> = {
  panel: PANELS.identityRoles,
  apiRef: 'identity v3: Roles',
  singular: 'Role',
  key: (r) => r.id,
  name: (r) => r.name,
  list: async (api) => ({ items: await api.identity.listRoles() }),
  paging: 'none',
  filter: {
    label: 'Filter roles by name',
    match: (r, q) => r.name.toLowerCase().includes(q.toLowerCase()),
  },
  columns: [
    { id: 'name', header: 'Role Name', cell: (r) => r.name, sortValue: (r) => r.name },
    { id: 'id', header: 'ID', cell: (r) => <Mono>{r.id}</Mono> },
  ],
  createActions: [
    createAction({
      id: 'create',
      label: 'Create Role',
      form: {
        title: 'Create Role',
        submitLabel: 'Create Role',
        description:
          'A role is a name the services’ policies check (admin, member, reader…). A new role means nothing until a policy names it; grant it with Manage Members on a project.',
        schema: roleInput,
        defaults: { name: '' },
        fields: [{ name: 'name', label: 'Role Name', kind: 'text', required: true }],
      },
      run: ({ api }, input) =>
        refusedAtField('name', [409], () => api.identity.createRole({ name: input.name })),
      success: (input) => `Role "${input.name}" was successfully created.`,
      equivalents: (values) => createRoleEquivalents(formText(values, 'name', '<name>')),
    }),
  ],
  rowActions: [
    deleteAction<IdentityRole>({
      singular: 'Role',
      plural: 'Roles',
      body: 'This action cannot be undone. Every user and group loses this role wherever it was granted.',
      allowed: (r) =>
        BOOTSTRAP.includes(r.name)
          ? `The "${r.name}" role is one every policy relies on; the dashboard does not delete it.`
          : true,
      run: ({ api }, r) => api.identity.deleteRole(r.id),
      equivalents: (rows) => deleteRoleEquivalents(rows.map((r) => r.id)),
    }),
  ],
  emptyMessage: 'No roles to display.',
};
