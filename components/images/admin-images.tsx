// Admin → Images: every image Glance shows an admin (all projects' private ones too)
// with the Project column (the owner).
import { PANELS } from '@/lib/panels';
import { allProjectsDefinition } from '@/lib/resources/all-projects';
import { images } from './images';
import type { ImageRow } from './image-row';

const ADMIN_ACTIONS = new Set(['edit', 'metadata', 'delete']);

export const adminImages = allProjectsDefinition<ImageRow>(images, {
  panel: PANELS.adminImages,
  projectOf: (i) => i.owner,
  rowActions: images.rowActions.filter((a) => ADMIN_ACTIONS.has(a.id)),
  emptyMessage: 'No images to display.',
});
