// Identity → Users (administrators). api-ref: identity v3, "Users".
import { Mono, orDash } from '@/components/ui/cells';
import type { IdentityUser } from '@/lib/openstack/identity/admin-schemas';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { CreateUserLauncher } from './create-user';
import { userRowActions } from './user-row-actions';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export const users: ResourceDefinition<IdentityUser> = {
  panel: PANELS.identityUsers,
  apiRef: 'identity v3: Users',
  singular: 'User',
  key: (u) => u.id,
  name: (u) => u.name,
  list: async (api) => ({ items: await api.identity.listUsers() }),
  get: (api, id) => api.identity.getUser(id),
  paging: 'none',
  filter: {
    label: 'Filter users by name',
    match: (u, q) => u.name.toLowerCase().includes(q.toLowerCase()),
  },
  columns: [
    { id: 'name', header: 'User Name', cell: (u) => u.name, sortValue: (u) => u.name, link: true },
    { id: 'description', header: 'Description', cell: (u) => orDash(u.description) },
    { id: 'email', header: 'Email', cell: (u) => orDash(u.email) },
    { id: 'id', header: 'User ID', cell: (u) => <Mono>{u.id}</Mono> },
    { id: 'enabled', header: 'Enabled', cell: (u) => yesNo(u.enabled) },
    { id: 'domain', header: 'Domain ID', cell: (u) => u.domain_id },
  ],
  createActions: [{ id: 'create', label: 'Create User', launcher: CreateUserLauncher }],
  rowActions: userRowActions,
  detail: {
    fields: [
      { label: 'User Name', value: (u) => u.name },
      { label: 'ID', value: (u) => <Mono>{u.id}</Mono> },
      { label: 'Description', value: (u) => orDash(u.description) },
      { label: 'Email', value: (u) => orDash(u.email) },
      { label: 'Enabled', value: (u) => yesNo(u.enabled) },
      { label: 'Domain ID', value: (u) => u.domain_id },
      { label: 'Primary Project ID', value: (u) => orDash(u.default_project_id) },
    ],
  },
  emptyMessage: 'No users to display.',
};
