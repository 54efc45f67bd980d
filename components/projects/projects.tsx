// Identity → Projects. api-ref: identity v3, "Projects", "Role assignments". An
// administrator sees every project (GET /v3/projects); a member, their own
// (GET /v3/auth/projects, as Keystone refuses them the full list).
import { Mono, orDash } from '@/components/ui/cells';
import { OpenStackError } from '@/lib/openstack/errors';
import type { IdentityProject } from '@/lib/openstack/identity/admin-schemas';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { CreateProjectLauncher } from './create-project';
import { ProjectMembers } from './project-members';
import { projectRowActions } from './project-row-actions';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

export const projects: ResourceDefinition<IdentityProject> = {
  panel: PANELS.identityProjects,
  apiRef: 'identity v3: Projects, Role assignments',
  singular: 'Project',
  key: (p) => p.id,
  name: (p) => p.name,
  list: async (api) => {
    try {
      return { items: await api.identity.listIdentityProjects() };
    } catch (e) {
      if (!(e instanceof OpenStackError) || e.status !== 403) throw e;
      const mine = await api.identity.listMyProjects();
      return {
        items: mine.map((p) => ({
          id: p.id,
          name: p.name,
          domain_id: p.domain_id ?? '',
          description: p.description,
          enabled: p.enabled ?? true,
        })),
      };
    }
  },
  get: (api, id) => api.identity.getIdentityProject(id),
  paging: 'none',
  filter: {
    label: 'Filter projects by name',
    match: (p, q) => p.name.toLowerCase().includes(q.toLowerCase()),
  },
  columns: [
    { id: 'name', header: 'Name', cell: (p) => p.name, sortValue: (p) => p.name, link: true },
    { id: 'description', header: 'Description', cell: (p) => orDash(p.description) },
    { id: 'id', header: 'Project ID', cell: (p) => <Mono>{p.id}</Mono> },
    { id: 'domain', header: 'Domain ID', cell: (p) => orDash(p.domain_id) },
    { id: 'enabled', header: 'Enabled', cell: (p) => yesNo(p.enabled) },
  ],
  createActions: [{ id: 'create', label: 'Create Project', launcher: CreateProjectLauncher }],
  rowActions: projectRowActions,
  detail: {
    fields: [
      { label: 'Name', value: (p) => p.name },
      { label: 'ID', value: (p) => <Mono>{p.id}</Mono> },
      { label: 'Description', value: (p) => orDash(p.description) },
      { label: 'Domain ID', value: (p) => orDash(p.domain_id) },
      { label: 'Enabled', value: (p) => yesNo(p.enabled) },
    ],
    tabs: [{ id: 'members', label: 'Members', render: (p) => <ProjectMembers project={p.id} /> }],
  },
  emptyMessage: 'No projects to display.',
};
