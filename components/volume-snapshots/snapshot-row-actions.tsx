// Project → Volumes → Snapshots row actions, with Horizon's labels.
import { deleteAction } from '@/components/resource/delete-action';
import { createVolumeEquivalents } from '@/lib/equivalents/cinder-volume';
import { toKeyValueLines } from '@/lib/forms/key-value';
import { formText } from '@/lib/forms/text';
import type { FormValues } from '@/lib/forms/types';
import { launchHref } from '@/lib/launch-link';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import {
  editSnapshotInput,
  metadataLines,
  updateMetadataInput,
  volumeFromSnapshotInput,
} from './snapshot-inputs';
import { parseRecordJson, recordChange, type SnapshotRow } from './snapshot-row';
import {
  deleteSnapshotEquivalents,
  editSnapshotEquivalents,
  snapshotMetadataEquivalents,
} from './volume-snapshots-equivalents';

const sorted = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

const isAvailable = (s: SnapshotRow) =>
  s.status === 'available' ? true : 'Only an available snapshot can be used.';

function sizePreview(values: FormValues | undefined, min: number): string {
  const size = formText(values, 'size');
  return /^\d{1,10}$/.test(size) && Number(size) >= min ? String(Number(size)) : '<size>';
}

const createVolume = formRowAction<SnapshotRow, ReturnType<typeof volumeFromSnapshotInput>>({
  id: 'create-volume',
  label: 'Create Volume',
  allowed: isAvailable,
  form: async ({ api }, snapshot) => {
    const [types, zones] = await Promise.all([
      api.volume.listVolumeTypes(),
      api.volume.listVolumeAvailabilityZones(),
    ]);
    return {
      title: 'Create Volume',
      submitLabel: 'Create Volume',
      description: `A new volume that starts as a copy of snapshot "${snapshot.name}". It must be at least as large as the snapshot (${snapshot.size} GiB); a larger one has free space after the copied data.`,
      schema: volumeFromSnapshotInput(snapshot.size),
      defaults: {
        name: snapshot.givenName,
        description: '',
        size: String(snapshot.size),
        volume_type: '',
        availability_zone: '',
      },
      fields: [
        { name: 'name', label: 'Volume Name', kind: 'text' },
        { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
        {
          name: 'size',
          label: 'Size (GiB)',
          kind: 'number',
          required: true,
          help: `At least ${snapshot.size} GiB, the snapshot's size.`,
        },
        {
          name: 'volume_type',
          label: 'Type',
          kind: 'select',
          options: [
            { value: '', label: 'No volume type' },
            ...types.map((t) => ({ value: t.name, label: t.name })),
          ],
        },
        {
          name: 'availability_zone',
          label: 'Availability Zone',
          kind: 'select',
          options: [
            { value: '', label: 'Any Availability Zone' },
            ...zones
              .filter((z) => z.zoneState.available)
              .map((z) => ({ value: z.zoneName, label: z.zoneName })),
          ],
        },
      ],
    };
  },
  run: async ({ api }, snapshot, input) => {
    await api.volume.createVolume({
      name: input.name,
      ...(input.description ? { description: input.description } : {}),
      size: input.size,
      source: { kind: 'snapshot', snapshotId: snapshot.id },
      ...(input.volume_type ? { volumeType: input.volume_type } : {}),
      ...(input.availability_zone ? { availabilityZone: input.availability_zone } : {}),
    });
  },
  success: (_rows, input) => `Creating volume "${input.name}".`,
  failure: (s) => `Unable to create a volume from snapshot: ${s.name}`,
  equivalents: ([snapshot], values) =>
    createVolumeEquivalents({
      source: 'snapshot',
      sourceId: snapshot?.id ?? '<snapshot>',
      name: formText(values, 'name'),
      description: formText(values, 'description'),
      size: sizePreview(values, Math.max(1, snapshot?.size ?? 1)),
      type: formText(values, 'volume_type'),
      availabilityZone: formText(values, 'availability_zone'),
    }),
});

const editSnapshot = formRowAction<SnapshotRow, typeof editSnapshotInput>({
  id: 'edit',
  label: 'Edit Snapshot',
  form: (_ctx, snapshot) => ({
    title: 'Edit Snapshot',
    submitLabel: 'Save',
    description: 'Change the name and description of the snapshot. Its data does not change.',
    schema: editSnapshotInput,
    defaults: { name: snapshot.givenName, description: snapshot.description ?? '' },
    fields: [
      { name: 'name', label: 'Snapshot Name', kind: 'text', required: true },
      { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
    ],
  }),
  run: async ({ api }, snapshot, input) => {
    await api.volume.updateSnapshot(snapshot.id, input);
  },
  success: (_rows, input) => `Updated snapshot "${input.name}".`,
  failure: (s) => `Unable to update snapshot: ${s.name}`,
  equivalents: ([snapshot], values) =>
    editSnapshotEquivalents(
      snapshot?.id ?? '<snapshot>',
      formText(values, 'name', '<name>'),
      formText(values, 'description'),
    ),
});

const updateMetadata = formRowAction<SnapshotRow, typeof updateMetadataInput>({
  id: 'update-metadata',
  label: 'Update Metadata',
  form: async ({ api }, snapshot) => {
    const current = await api.volume.getSnapshotMetadata(snapshot.id);
    return {
      title: `Update Snapshot Metadata: ${snapshot.name}`,
      submitLabel: 'Save',
      description:
        'Metadata is free key=value text kept with the snapshot, for you and your tools; Cinder does not act on it. One per line; remove a line to remove that key.',
      schema: updateMetadataInput,
      defaults: { metadata: toKeyValueLines(sorted(current)), current: JSON.stringify(current) },
      fields: [
        {
          name: 'metadata',
          label: 'Metadata',
          kind: 'textarea',
          rows: 8,
          monospace: true,
          placeholder: 'purpose=before-upgrade',
          help: 'One key=value per line.',
        },
      ],
    };
  },
  run: async ({ api }, snapshot, input) => {
    const { set, unset } = recordChange(parseRecordJson(input.current), input.metadata);
    await api.volume.updateSnapshotMetadata(snapshot.id, set, unset);
  },
  success: ([s]) => `Updated the metadata of snapshot "${s?.name ?? ''}".`,
  failure: (s) => `Unable to update the metadata of snapshot: ${s.name}`,
  equivalents: ([snapshot], values) => {
    const parsed = metadataLines.safeParse(values?.metadata ?? '');
    const { set, unset } = recordChange(
      parseRecordJson(values?.current),
      parsed.success ? parsed.data : {},
    );
    return snapshotMetadataEquivalents(snapshot?.id ?? '<snapshot>', set, unset);
  },
});

const launchAsInstance: RowAction<SnapshotRow> = {
  id: 'launch',
  label: 'Launch as Instance',
  allowed: isAvailable,
  href: (s) => launchHref('volume_snapshot', s.id),
  run: async () => {},
  success: () => '',
  failure: (s) => `Unable to launch an instance from snapshot: ${s.name}`,
};

const deleteSnapshot = deleteAction<SnapshotRow>({
  singular: 'Volume Snapshot',
  plural: 'Volume Snapshots',
  body: 'This action cannot be undone. Volumes already made from the snapshot keep their data.',
  done: 'Scheduled deletion of',
  removesRow: false,
  run: ({ api }, s) => api.volume.deleteSnapshot(s.id),
  equivalents: (rows) => deleteSnapshotEquivalents(rows.map((s) => s.id)),
});

export const snapshotRowActions: RowAction<SnapshotRow>[] = [
  createVolume,
  editSnapshot,
  updateMetadata,
  launchAsInstance,
  deleteSnapshot,
];
