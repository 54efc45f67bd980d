// Instance actions that open a tab of the detail page.
import type { Server } from '@/lib/schemas/nova-servers';
import { allowedBy } from './rules';
import { PANELS } from '../panels';
import type { RowAction } from '../types';

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
