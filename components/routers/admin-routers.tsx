// Admin → Routers: every project's routers (no project_id filter for an admin) with the Project column.
import type { Router } from '@/lib/openstack/network/router-schemas';
import { PANELS } from '@/lib/panels';
import { allProjectsDefinition } from '@/lib/resources/all-projects';
import { routers } from './routers';

const ADMIN_ACTIONS = new Set(['edit', 'delete']);

export const adminRouters = allProjectsDefinition<Router>(routers, {
  panel: PANELS.adminRouters,
  projectOf: (r) => r.project_id,
  rowActions: routers.rowActions.filter((a) => ADMIN_ACTIONS.has(a.id)),
  emptyMessage: 'No routers to display.',
});
