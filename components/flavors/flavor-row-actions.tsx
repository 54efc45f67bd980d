// Admin → Flavors row actions: Update Metadata (extra specs), Modify Access
// (projects of a private flavor) and Delete Flavor.
import { deleteAction } from '@/components/resource/delete-action';
import type { Flavor } from '@/lib/openstack/compute/flavor-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { isPublic } from './flavor-fields';
import {
  accessChange,
  extraSpecLines,
  modifyAccessInput,
  parseSpecsJson,
  specsChange,
  specsToLines,
  updateMetadataInput,
} from './flavor-inputs';
import {
  deleteFlavorEquivalents,
  modifyAccessEquivalents,
  updateMetadataEquivalents,
} from './flavors-equivalents';

const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

const updateMetadata = formRowAction<Flavor, typeof updateMetadataInput>({
  id: 'update-metadata',
  label: 'Update Metadata',
  form: async ({ api }, flavor) => {
    const current = await api.compute.getExtraSpecs(flavor.id);
    return {
      title: `Update Flavor Metadata: ${flavor.name}`,
      submitLabel: 'Save',
      description:
        'Extra specs are key=value hints the scheduler and the hypervisor read, for example hw:cpu_policy=dedicated or quota:disk_read_bytes_sec=10240000. One per line; remove a line to remove that key.',
      schema: updateMetadataInput,
      defaults: { specs: specsToLines(current), current: JSON.stringify(current) },
      fields: [
        {
          name: 'specs',
          label: 'Extra Specs',
          kind: 'textarea',
          rows: 8,
          monospace: true,
          placeholder: 'hw:cpu_policy=dedicated',
          help: 'One key=value per line.',
        },
      ],
    };
  },
  run: async ({ api }, flavor, input) => {
    const { set, unset } = specsChange(input.current, input.specs);
    if (Object.keys(set).length > 0) await api.compute.setExtraSpecs(flavor.id, set);
    for (const key of unset) await api.compute.deleteExtraSpec(flavor.id, key);
  },
  success: ([f]) => `Updated the metadata of flavor "${f?.name ?? ''}".`,
  failure: (f) => `Unable to update the metadata of flavor: ${f.name}`,
  equivalents: ([flavor], values) => {
    const parsed = extraSpecLines.safeParse(values?.specs ?? '');
    const after = parsed.success ? parsed.data : {};
    const { set, unset } = specsChange(parseSpecsJson(values?.current), after);
    return updateMetadataEquivalents(flavor?.id ?? '<flavor>', set, unset);
  },
});

const modifyAccess = formRowAction<Flavor, typeof modifyAccessInput>({
  id: 'modify-access',
  label: 'Modify Access',
  allowed: (f) =>
    isPublic(f) ? 'A public flavor is open to every project; only private ones have a list.' : true,
  form: async ({ api }, flavor) => {
    const [projects, current] = await Promise.all([
      api.identity.listProjects(),
      api.compute.listFlavorAccess(flavor.id),
    ]);
    return {
      title: `Modify Flavor Access: ${flavor.name}`,
      submitLabel: 'Save',
      description:
        'A private flavor can be used only by the projects ticked here. Members of other projects do not see it in Launch Instance.',
      schema: modifyAccessInput,
      defaults: { projects: current, current },
      fields: [
        {
          name: 'projects',
          label: 'Selected Projects',
          kind: 'checkboxes',
          options: projects.map((p) => ({ value: p.id, label: p.name })),
        },
      ],
    };
  },
  run: async ({ api }, flavor, input) => {
    const { add, remove } = accessChange(input.current, input.projects);
    for (const project of add) await api.compute.setFlavorAccess(flavor.id, project, true);
    for (const project of remove) await api.compute.setFlavorAccess(flavor.id, project, false);
  },
  success: ([f]) => `Modified the access to flavor "${f?.name ?? ''}".`,
  failure: (f) => `Unable to modify the access to flavor: ${f.name}`,
  equivalents: ([flavor], values) => {
    const after = strings(values?.projects);
    const { add, remove } = accessChange(strings(values?.current), after);
    return modifyAccessEquivalents(flavor?.id ?? '<flavor>', add, remove, after);
  },
});

const deleteFlavor = deleteAction<Flavor>({
  singular: 'Flavor',
  plural: 'Flavors',
  body: 'This action cannot be undone. Instances already running with the flavor keep their size; new instances can no longer use it.',
  run: ({ api }, f) => api.compute.deleteFlavor(f.id),
  equivalents: (rows) => deleteFlavorEquivalents(rows.map((f) => f.id)),
});

export const flavorRowActions: RowAction<Flavor>[] = [updateMetadata, modifyAccess, deleteFlavor];
