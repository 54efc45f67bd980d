// Admin → Compute → Flavors. api-ref: compute v2.1, "Flavors", "Flavors extra-specs",
// "Flavors access". Private flavors are listed too (is_public=None, admins only).
import { Mono } from '@/components/ui/cells';
import { formatGigabytes, formatMegabytes } from '@/lib/format/size';
import { formText } from '@/lib/forms/text';
import type { FormValues } from '@/lib/forms/types';
import type { Flavor } from '@/lib/openstack/compute/flavor-schemas';
import { PANELS } from '@/lib/panels';
import { createAction, type ResourceDefinition } from '@/lib/resources/types';
import { ephemeralOf, isPublic, swapOf } from './flavor-fields';
import { createFlavorInput } from './flavor-inputs';
import { flavorRowActions } from './flavor-row-actions';
import { createFlavorEquivalents, type FlavorPreview } from './flavors-equivalents';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const NOWRAP = 'whitespace-nowrap';

/** A number field as the equivalents print it, or the placeholder while it is not valid yet. */
function numberText(
  values: FormValues,
  key: string,
  placeholder: string,
  pattern: RegExp,
  min = 0,
): string {
  const value = formText(values, key);
  return pattern.test(value) && Number(value) >= min ? String(Number(value)) : placeholder;
}

/** The form as the equivalents pane prints it: typed values, or <placeholders>. */
export function flavorPreview(values: FormValues): FlavorPreview {
  const name = formText(values, 'name');
  const id = formText(values, 'id');
  const whole = /^\d{1,10}$/;
  return {
    name: name || '<name>',
    id: id && id !== 'auto' ? id : undefined,
    vcpus: numberText(values, 'vcpus', '<vcpus>', whole, 1),
    ram: numberText(values, 'ram', '<ram-mb>', whole, 1),
    disk: numberText(values, 'disk', '<disk-gb>', whole),
    ephemeral: numberText(values, 'ephemeral', '0', whole),
    swap: numberText(values, 'swap', '0', whole),
    rxtxFactor: numberText(
      values,
      'rxtx_factor',
      '1.0',
      /^\d{1,10}(\.\d{1,6})?$/,
      Number.MIN_VALUE,
    ),
    isPublic: values.is_public !== false,
  };
}

export const flavors: ResourceDefinition<Flavor> = {
  panel: PANELS.flavors,
  apiRef: 'compute v2.1: Flavors, Flavors extra-specs, Flavors access',
  singular: 'Flavor',
  key: (f) => f.id,
  name: (f) => f.name,
  list: (api, query) =>
    api.compute.listFlavors({ ...query, filters: { is_public: 'None', ...query.filters } }),
  get: (api, id) => api.compute.getFlavor(id),
  paging: 'server',
  filter: {
    label: 'Filter flavors by name',
    match: (f, q) => f.name.toLowerCase().includes(q.toLowerCase()),
  },
  columns: [
    { id: 'name', header: 'Flavor Name', cell: (f) => f.name, sortValue: (f) => f.name },
    { id: 'vcpus', header: 'VCPUs', cell: (f) => f.vcpus, sortValue: (f) => f.vcpus },
    {
      id: 'ram',
      header: 'RAM',
      cell: (f) => formatMegabytes(f.ram),
      sortValue: (f) => f.ram,
      className: NOWRAP,
    },
    {
      id: 'disk',
      header: 'Root Disk',
      cell: (f) => formatGigabytes(f.disk),
      sortValue: (f) => f.disk,
      className: NOWRAP,
    },
    {
      id: 'ephemeral',
      header: 'Ephemeral Disk',
      cell: (f) => formatGigabytes(ephemeralOf(f)),
      sortValue: ephemeralOf,
      className: NOWRAP,
    },
    {
      id: 'swap',
      header: 'Swap Disk',
      cell: (f) => formatMegabytes(swapOf(f)),
      sortValue: swapOf,
      className: NOWRAP,
    },
    { id: 'rxtx', header: 'RX/TX factor', cell: (f) => f.rxtx_factor ?? 1 },
    {
      id: 'id',
      header: 'ID',
      cell: (f) => <Mono>{f.id}</Mono>,
      className: 'break-all',
    },
    { id: 'public', header: 'Public', cell: (f) => yesNo(isPublic(f)) },
    {
      id: 'metadata',
      header: 'Metadata',
      cell: (f) => yesNo(Object.keys(f.extra_specs ?? {}).length > 0),
    },
  ],
  createActions: [
    createAction({
      id: 'create',
      label: 'Create Flavor',
      form: {
        title: 'Create Flavor',
        submitLabel: 'Create Flavor',
        description:
          'A flavor is a size of instance: how many virtual CPUs, how much memory and disk it gets. Every project sees public flavors; a private one only the projects you allow (Modify Access). Only admins create flavors, because they shape the whole cloud.',
        schema: createFlavorInput,
        defaults: {
          name: '',
          id: 'auto',
          vcpus: '1',
          ram: '512',
          disk: '1',
          ephemeral: '0',
          swap: '0',
          rxtx_factor: '1',
          is_public: true,
        },
        fields: [
          { name: 'name', label: 'Name', kind: 'text', required: true },
          {
            name: 'id',
            label: 'ID',
            kind: 'text',
            required: true,
            help: 'Keep "auto" and Nova generates a UUID.',
          },
          { name: 'vcpus', label: 'VCPUs', kind: 'number', required: true },
          { name: 'ram', label: 'RAM (MB)', kind: 'number', required: true },
          { name: 'disk', label: 'Root Disk (GB)', kind: 'number', required: true },
          { name: 'ephemeral', label: 'Ephemeral Disk (GB)', kind: 'number', required: true },
          { name: 'swap', label: 'Swap Disk (MB)', kind: 'number', required: true },
          { name: 'rxtx_factor', label: 'RX/TX Factor', kind: 'number', required: true },
          {
            name: 'is_public',
            label: 'Public',
            kind: 'checkbox',
            help: 'Unticked: the flavor is private; choose its projects with Modify Access.',
          },
        ],
      },
      run: ({ api }, input) =>
        api.compute.createFlavor({
          name: input.name,
          ...(input.id === 'auto' ? {} : { id: input.id }),
          vcpus: input.vcpus,
          ram: input.ram,
          disk: input.disk,
          'OS-FLV-EXT-DATA:ephemeral': input.ephemeral,
          swap: input.swap,
          rxtx_factor: input.rxtx_factor,
          'os-flavor-access:is_public': input.is_public,
        }),
      success: (input) => `Created flavor "${input.name}".`,
      equivalents: (values) => createFlavorEquivalents(flavorPreview(values)),
    }),
  ],
  rowActions: flavorRowActions,
  emptyMessage: 'No flavors to display.',
};
