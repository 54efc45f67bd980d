// Admin → Instances: every project's instances (Nova's all_tenants=1), with the
// Project and Host columns, the Project panel's columns and the admin's row actions.
import { orDash } from '@/components/ui/cells';
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { PANELS } from '@/lib/panels';
import { allProjectsDefinition } from '@/lib/resources/all-projects';
import { instances } from './instances';

/** Horizon's Admin → Instances row actions: state, lock, edit, console, log, delete. */
const ADMIN_ACTIONS = new Set([
  'start',
  'stop',
  'soft-reboot',
  'hard-reboot',
  'confirm-resize',
  'revert-resize',
  'pause',
  'unpause',
  'suspend',
  'resume',
  'lock',
  'unlock',
  'edit',
  'console',
  'log',
  'delete',
]);

export const adminInstances = allProjectsDefinition<Server>(instances, {
  panel: PANELS.adminInstances,
  projectOf: (s) => s.tenant_id,
  allProjectsFilters: { all_tenants: '1' },
  extraColumns: [
    {
      id: 'host',
      header: 'Host',
      className: 'whitespace-nowrap',
      sortValue: (s) => s['OS-EXT-SRV-ATTR:host'] ?? '',
      cell: (s) => orDash(s['OS-EXT-SRV-ATTR:host']),
    },
  ],
  // Key pairs belong to their users: Horizon's admin table leaves the column out.
  omitColumns: ['keypair'],
  rowActions: instances.rowActions.filter((a) => ADMIN_ACTIONS.has(a.id)),
  emptyMessage: 'No instances to display.',
});
