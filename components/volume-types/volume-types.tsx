// Admin → Volume → Volume Types. api-ref: block-storage v3, "Volume types (types)",
// "Volume type encryption"; private types are listed too (is_public=None, admins only).
import { Mono, orDash } from '@/components/ui/cells';
import { formText } from '@/lib/forms/text';
import type { VolumeType } from '@/lib/openstack/volume/volume-type-schemas';
import { PANELS } from '@/lib/panels';
import { createAction, type ResourceDefinition } from '@/lib/resources/types';
import { createVolumeTypeInput } from './volume-type-inputs';
import { volumeTypeRowActions } from './volume-type-row-actions';
import { createVolumeTypeEquivalents } from './volume-types-equivalents';
import type { ReactNode } from 'react';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const isPublic = (t: VolumeType) => t.is_public ?? t['os-volume-type-access:is_public'] ?? true;

function specsList(t: VolumeType): ReactNode {
  const entries = Object.entries(t.extra_specs).sort(([a], [b]) => a.localeCompare(b));
  if (!entries.length) return 'No extra specs.';
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3">
      {entries.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium break-all">{k}</dt>
          <dd className="break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export const volumeTypes: ResourceDefinition<VolumeType> = {
  panel: PANELS.volumeTypes,
  apiRef: 'block-storage v3: Volume types (types), Volume type encryption',
  singular: 'Volume Type',
  key: (t) => t.id,
  name: (t) => t.name,
  list: async (api) => ({ items: await api.volume.listVolumeTypes({ all: true }) }),
  get: (api, id) => api.volume.getVolumeType(id),
  paging: 'none',
  filter: {
    label: 'Filter volume types by name',
    match: (t, q) => t.name.toLowerCase().includes(q.toLowerCase()),
  },
  // One call per type: Cinder has no list of encryptions.
  lookups: {
    encryption: async (api, rows) => {
      const answers = await Promise.allSettled(
        rows.map((t) => api.volume.getVolumeTypeEncryption(t.id)),
      );
      return Object.fromEntries(
        rows.map((t, i) => {
          const answer = answers[i];
          if (answer?.status !== 'fulfilled') return [t.id, '?'];
          return [t.id, answer.value?.provider ?? '-'];
        }),
      );
    },
  },
  columns: [
    { id: 'name', header: 'Name', cell: (t) => t.name, sortValue: (t) => t.name, link: true },
    { id: 'description', header: 'Description', cell: (t) => orDash(t.description) },
    { id: 'qos', header: 'Associated QoS Spec', cell: (t) => orDash(t.qos_specs_id) },
    { id: 'encryption', header: 'Encryption', cell: (t, l) => l.encryption?.[t.id] ?? '-' },
    { id: 'public', header: 'Public', cell: (t) => yesNo(isPublic(t)) },
  ],
  createActions: [
    createAction({
      id: 'create',
      label: 'Create Volume Type',
      form: {
        title: 'Create Volume Type',
        submitLabel: 'Create Volume Type',
        description:
          'A volume type is a class of storage a project can ask for when it creates a volume (fast, cheap, encrypted…). Its extra specs tell Cinder which back end and features it means. A private type is offered only to the projects given access.',
        schema: createVolumeTypeInput,
        defaults: { name: '', description: '', is_public: true },
        fields: [
          { name: 'name', label: 'Name', kind: 'text', required: true },
          { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
          {
            name: 'is_public',
            label: 'Public',
            kind: 'checkbox',
            help: 'Unticked: the type is private, offered only to the projects given access.',
          },
        ],
      },
      run: ({ api }, input) =>
        api.volume.createVolumeType({
          name: input.name,
          ...(input.description ? { description: input.description } : {}),
          isPublic: input.is_public,
        }),
      success: (input) => `Successfully created volume type: ${input.name}`,
      equivalents: (values) =>
        createVolumeTypeEquivalents(
          formText(values, 'name', '<name>'),
          formText(values, 'description'),
          values.is_public !== false,
        ),
    }),
  ],
  rowActions: volumeTypeRowActions,
  detail: {
    fields: [
      { label: 'Name', value: (t) => t.name },
      { label: 'ID', value: (t) => <Mono>{t.id}</Mono> },
      { label: 'Description', value: (t) => orDash(t.description) },
      { label: 'Public', value: (t) => yesNo(isPublic(t)) },
      { label: 'Associated QoS Spec', value: (t) => orDash(t.qos_specs_id) },
    ],
    tabs: [{ id: 'extra-specs', label: 'Extra Specs', render: specsList }],
  },
  emptyMessage: 'No volume types to display.',
};
