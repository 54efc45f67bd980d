// Admin → Networks: every project's networks (Neutron answers an admin with all of
// them when no project_id is given) with the Project column.
import { PANELS } from '@/lib/panels';
import { allProjectsDefinition } from '@/lib/resources/all-projects';
import { networks } from './networks';
import type { NetworkRow } from './network-rows';

const ADMIN_ACTIONS = new Set(['edit', 'delete']);

export const adminNetworks = allProjectsDefinition<NetworkRow>(networks, {
  panel: PANELS.adminNetworks,
  projectOf: (n) => n.project_id,
  rowActions: networks.rowActions.filter((a) => ADMIN_ACTIONS.has(a.id)),
  emptyMessage: 'No networks to display.',
});
