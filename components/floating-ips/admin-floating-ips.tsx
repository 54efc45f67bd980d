// Admin → Floating IPs: every project's floating IPs (no project_id filter for an
// admin) with the Project column; an admin may disassociate and release them.
import type { FloatingIp } from '@/lib/openstack/network/floating-ip-schemas';
import { PANELS } from '@/lib/panels';
import { allProjectsDefinition } from '@/lib/resources/all-projects';
import { floatingIps } from './floating-ips';

const ADMIN_ACTIONS = new Set(['disassociate', 'release']);

export const adminFloatingIps = allProjectsDefinition<FloatingIp>(floatingIps, {
  panel: PANELS.adminFloatingIps,
  projectOf: (f) => f.project_id,
  rowActions: floatingIps.rowActions.filter((a) => ADMIN_ACTIONS.has(a.id)),
  emptyMessage: 'No floating IPs to display.',
});
