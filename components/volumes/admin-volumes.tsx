// Admin → Volumes: every project's volumes (Cinder's all_tenants=1) with the Project column.
import type { VolumeDetail } from '@/lib/openstack/volume/volume-schemas';
import { PANELS } from '@/lib/panels';
import { allProjectsDefinition } from '@/lib/resources/all-projects';
import { volumes } from './volumes';

const ADMIN_ACTIONS = new Set(['edit', 'metadata', 'delete']);

export const adminVolumes = allProjectsDefinition<VolumeDetail>(volumes, {
  panel: PANELS.adminVolumes,
  projectOf: (v) => v['os-vol-tenant-attr:tenant_id'],
  // The client's allProjects is Cinder's all_tenants=1.
  list: (api, query) =>
    api.volume.pageVolumes({
      limit: query.limit,
      marker: query.marker,
      filters: query.filters,
      sortKey: 'created_at',
      sortDir: 'desc',
      allProjects: true,
    }),
  omitColumns: ['group'],
  rowActions: volumes.rowActions.filter((a) => ADMIN_ACTIONS.has(a.id)),
  emptyMessage: 'No volumes to display.',
});
