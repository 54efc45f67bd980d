'use client';
// Source: what the instance boots from, picked in a table of that kind of source.
import { useId } from 'react';
import { Alert } from '@/components/ui/alert';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table/data-table';
import { FormField } from '@/components/ui/form-field';
import type { FieldSpec } from '@/lib/forms/types';
import type { Image } from '@/lib/openstack/image/glance-schemas';
import {
  isImageSource,
  minimumVolumeSize,
  SOURCE_LABELS,
  SOURCE_TYPES,
  type SourceInfo,
  type SourceType,
} from '../instances-launch';
import { MoreButton, PickerError, stringValue, tableError, type StepProps } from './step-parts';
import type { LaunchData, ListState } from './use-launch-data';

interface SourceRow {
  id: string;
  name: string;
  updated: string;
  size: string;
  sizeSort: number;
  type: string;
  visibility: string;
  info: SourceInfo;
}

const GIB = 1024 ** 3;

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '-';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

function date(value: unknown): string {
  return typeof value === 'string' && value ? value.slice(0, 10) : '-';
}

function imageRow(image: Image): SourceRow {
  return {
    id: image.id,
    name: image.name || image.id,
    updated: date(image.updated_at ?? image.created_at),
    size: formatBytes(image.size),
    sizeSort: image.size ?? 0,
    type: (image.disk_format ?? '-').toUpperCase(),
    visibility: image.visibility ?? '-',
    info: {
      name: image.name ?? '',
      minDisk: image.min_disk ?? 0,
      minRam: image.min_ram ?? 0,
      sizeBytes: image.size ?? 0,
    },
  };
}

function volumeRow(v: { id: string; name?: string | null; size: number }, type: string): SourceRow {
  return {
    id: v.id,
    name: v.name || v.id,
    updated: '-',
    size: `${v.size} GB`,
    sizeSort: v.size * GIB,
    type,
    visibility: '-',
    info: { name: v.name ?? '', minDisk: v.size, minRam: 0, sizeBytes: v.size * GIB },
  };
}

/** The `?launch=` link's source as a row, when it is of this type and usable. */
function presetRow(data: LaunchData, type: SourceType): SourceRow | undefined {
  const preset = data.preset;
  if (!preset?.item || preset.type !== type || preset.problem) return undefined;
  return preset.item.kind === 'image'
    ? imageRow(preset.item.image)
    : volumeRow(preset.item.volume, type === 'volume' ? 'Volume' : 'Snapshot');
}

/** The rows of one kind of source, as the table and the schemas see them. */
export function sourceRows(data: LaunchData, type: SourceType): ListState<SourceRow> {
  const lists = {
    image: data.images,
    snapshot: data.snapshots,
    volume: data.volumes,
    volume_snapshot: data.volumeSnapshots,
  } as const;
  const list = lists[type] as ListState<Image> | ListState<{ id: string; size: number }>;
  const listed =
    type === 'image' || type === 'snapshot'
      ? data[type === 'image' ? 'images' : 'snapshots'].data?.map(imageRow)
      : type === 'volume'
        ? data.volumes.data?.map((v) => volumeRow(v, 'Volume'))
        : data.volumeSnapshots.data?.map((s) => volumeRow(s, 'Snapshot'));
  const preset = presetRow(data, type);
  const rows =
    preset && listed && !listed.some((r) => r.id === preset.id) ? [preset, ...listed] : listed;
  return { ...list, data: rows };
}

/** The source types this cloud offers: volumes only with a volumev3 service. */
export function offeredSourceTypes(data: LaunchData): SourceType[] {
  return data.hasVolumeService ? [...SOURCE_TYPES] : ['image', 'snapshot'];
}

const COLUMNS: DataTableColumn<SourceRow>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (r) => <span className="break-words">{r.name}</span>,
    sortValue: (r) => r.name.toLowerCase(),
  },
  { id: 'updated', header: 'Updated', cell: (r) => r.updated, className: 'whitespace-nowrap' },
  {
    id: 'size',
    header: 'Size',
    cell: (r) => r.size,
    sortValue: (r) => r.sizeSort,
    className: 'whitespace-nowrap',
  },
  { id: 'type', header: 'Type', cell: (r) => r.type },
  { id: 'visibility', header: 'Visibility', cell: (r) => r.visibility },
];

const CREATE_VOLUME: FieldSpec = {
  name: 'create_volume',
  label: 'Create New Volume',
  kind: 'radio',
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
};

const DELETE_ON_TERMINATION: FieldSpec = {
  name: 'delete_on_termination',
  label: 'Delete Volume on Instance Delete',
  kind: 'checkbox',
};

export function SourceStep({ values, setValue, errors, data }: StepProps & { data: LaunchData }) {
  const groupId = useId();
  const offered = offeredSourceTypes(data);
  const type = SOURCE_TYPES.find((t) => t === values.source_type) ?? 'image';
  const list = sourceRows(data, type);
  const selectedId = stringValue(values, 'source_id');
  const selected = list.data?.find((r) => r.id === selectedId);
  const createVolume = isImageSource(type) && values.create_volume === 'yes';

  const field = (spec: FieldSpec) => (
    <FormField
      field={spec}
      value={values[spec.name]}
      error={errors[spec.name]}
      onChange={(value) => setValue(spec.name, value)}
    />
  );

  return (
    <div className="space-y-4">
      <fieldset className="space-y-1">
        <legend className="mb-1 text-sm font-medium">Select Boot Source</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {offered.map((t) => (
            <label key={t} className="flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name={groupId}
                value={t}
                checked={type === t}
                onChange={() => {
                  setValue('source_type', t);
                  setValue('source_id', '');
                }}
                className="accent-accent"
              />
              {SOURCE_LABELS[t]}
            </label>
          ))}
        </div>
        {data.hasVolumeService === false && (
          <p className="text-xs text-muted">
            This cloud has no block storage (volumev3) service: instances boot from images only.
          </p>
        )}
      </fieldset>

      {data.preset?.problem && (data.preset.id ? selectedId === data.preset.id : !selectedId) && (
        <Alert tone="error" title="The link's boot source cannot be used">
          {data.preset.problem}
        </Alert>
      )}
      {data.preset?.loading && (
        <p className="text-sm text-muted">Loading the source named in the link…</p>
      )}

      {isImageSource(type) && field(CREATE_VOLUME)}
      {createVolume &&
        field({
          name: 'volume_size',
          label: 'Volume Size (GB)',
          kind: 'number',
          placeholder: String(minimumVolumeSize(selected?.info)),
          help: selected
            ? `At least ${minimumVolumeSize(selected.info)} GB for ${selected.name}; empty means ${minimumVolumeSize(selected.info)} GB.`
            : 'Empty means the smallest size that holds the image.',
        })}
      {(createVolume || !isImageSource(type)) && field(DELETE_ON_TERMINATION)}

      <div className="space-y-2">
        <DataTable<SourceRow>
          label={`Available ${SOURCE_LABELS[type]} sources`}
          columns={COLUMNS}
          rows={list.data}
          rowKey={(r) => r.id}
          rowLabel={(r) => r.name}
          loading={list.isLoading}
          error={tableError(list)}
          selectable
          selectionMode="single"
          selected={new Set(selectedId ? [selectedId] : [])}
          onSelectedChange={(next) => setValue('source_id', [...next][0] ?? '')}
          emptyMessage={`No ${SOURCE_LABELS[type].toLowerCase()} is available.`}
          skeletonRows={3}
        />
        <MoreButton list={list} />
        <PickerError message={errors.source_id} />
      </div>
    </div>
  );
}
