// Instance actions that open a tab of the detail page.
import type { Server } from '@/lib/openstack/compute/server-schemas';
import { PANELS } from '@/lib/panels';
import type { RowAction } from '@/lib/resources/types';
import { allowedBy } from './rules';

function linkAction(
  id: string,
  label: string,
  tab: string,
  statuses: readonly string[],
): RowAction<Server> {
  return {
    id,
    label,
    allowed: allowedBy({ statuses }),
    href: (server) => `${PANELS.instances.path}/${encodeURIComponent(server.id)}#${tab}`,
    run: async () => undefined,
    success: () => '',
    failure: (server) => `Unable to open ${label.toLowerCase()} of ${server.name}`,
  };
}

export const consoleAction = linkAction('console', 'Console', 'console', [
  'ACTIVE',
  'PAUSED',
  'RESCUE',
]);
export const viewLogAction = linkAction('log', 'View Log', 'log', [
  'ACTIVE',
  'SHUTOFF',
  'PAUSED',
  'SUSPENDED',
  'RESCUE',
  'ERROR',
]);
