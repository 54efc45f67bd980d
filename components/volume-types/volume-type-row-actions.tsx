// Admin → Volume Types row actions: View Extra Specs (add, change, remove) and
// Delete Volume Type.
import { deleteAction } from '@/components/resource/delete-action';
import { toKeyValueLines } from '@/lib/forms/key-value';
import type { VolumeType } from '@/lib/openstack/volume/volume-type-schemas';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import { extraSpecLines, extraSpecsInput, parseSpecsJson, specsChange } from './volume-type-inputs';
import { deleteVolumeTypeEquivalents, extraSpecsEquivalents } from './volume-types-equivalents';

const sorted = (specs: Record<string, string>) =>
  Object.fromEntries(Object.entries(specs).sort(([a], [b]) => a.localeCompare(b)));

const viewExtraSpecs = formRowAction<VolumeType, typeof extraSpecsInput>({
  id: 'extra-specs',
  label: 'View Extra Specs',
  form: async ({ api }, type) => {
    const current = sorted(await api.volume.getVolumeTypeExtraSpecs(type.id));
    return {
      title: `Volume Type Extra Specs: ${type.name}`,
      submitLabel: 'Save',
      description:
        'Extra specs are key=value settings the scheduler and the storage back end read, for example volume_backend_name=lvm or multiattach="<is> True". Add a line to add a key, change a value to edit it, remove a line to delete that key.',
      schema: extraSpecsInput,
      defaults: { specs: toKeyValueLines(current), current: JSON.stringify(current) },
      fields: [
        {
          name: 'specs',
          label: 'Extra Specs',
          kind: 'textarea',
          rows: 8,
          monospace: true,
          placeholder: 'volume_backend_name=lvm',
          help: 'One key=value per line.',
        },
      ],
    };
  },
  run: async ({ api }, type, input) => {
    const { set, unset } = specsChange(parseSpecsJson(input.current), input.specs);
    await api.volume.updateVolumeTypeExtraSpecs(type.id, set, unset);
  },
  success: ([t]) => `Updated the extra specs of volume type "${t?.name ?? ''}".`,
  failure: (t) => `Unable to update the extra specs of volume type: ${t.name}`,
  equivalents: ([type], values) => {
    const parsed = extraSpecLines.safeParse(values?.specs ?? '');
    const after = parsed.success ? parsed.data : {};
    const { set, unset } = specsChange(parseSpecsJson(values?.current), after);
    return extraSpecsEquivalents(type?.id ?? '<volume-type>', set, unset, after);
  },
});

const deleteVolumeType = deleteAction<VolumeType>({
  singular: 'Volume Type',
  plural: 'Volume Types',
  body: 'This action cannot be undone. Cinder refuses to delete a type that volumes still use, and the default type.',
  run: ({ api }, t) => api.volume.deleteVolumeType(t.id),
  equivalents: (rows) => deleteVolumeTypeEquivalents(rows.map((t) => t.id)),
});

export const volumeTypeRowActions: RowAction<VolumeType>[] = [viewExtraSpecs, deleteVolumeType];
