// The Volumes row actions (api-ref block-storage v3 "Volumes", "Volume actions",
// "Volume snapshots", "Backups", "Volume transfers"; compute v2.1 os-volume_attachments).
import { deleteAction } from '@/components/resource/delete-action';
import { toKeyValueLines } from '@/lib/forms/key-value';
import { formText } from '@/lib/forms/text';
import type { FormValues } from '@/lib/forms/types';
import { launchHref } from '@/lib/launch-link';
import type { VolumeDetail } from '@/lib/openstack/volume/volume-schemas';
import { formRowAction, type Allowed, type RowAction } from '@/lib/resources/types';
import { TransferResult, type CreatedTransfer } from './transfer-result';
import {
  attachVolumeInput,
  createBackupInput,
  createSnapshotInput,
  createTransferInput,
  DISK_FORMATS,
  editVolumeInput,
  extendVolumeInput,
  MIGRATION_POLICIES,
  retypeVolumeInput,
  uploadToImageInput,
  volumeMetadataInput,
} from './volume-inputs';
import { volumeName } from './volume-status';
import {
  attachVolumeEquivalents,
  createBackupEquivalents,
  createSnapshotEquivalents,
  createTransferEquivalents,
  deleteVolumeEquivalents,
  detachVolumeEquivalents,
  editVolumeEquivalents,
  extendVolumeEquivalents,
  retypeVolumeEquivalents,
  uploadToImageEquivalents,
  volumeMetadataEquivalents,
} from './volumes-equivalents';

const first = (rows: VolumeDetail[]) => rows[0] as VolumeDetail;
const flag = (values: FormValues | undefined, key: string) => values?.[key] === true;

function whenStatus(...statuses: string[]) {
  return (v: VolumeDetail): Allowed =>
    statuses.includes(v.status)
      ? true
      : `The volume is ${v.status}; this needs it to be ${statuses.join(' or ')}.`;
}
const availableOrInUse = whenStatus('available', 'in-use');

export const editVolume: RowAction<VolumeDetail> = formRowAction({
  id: 'edit',
  label: 'Edit Volume',
  form: (_ctx, v) => ({
    title: 'Edit Volume',
    submitLabel: 'Submit',
    description:
      'Change the name and the description of the volume. A bootable volume can be the root disk of a new instance (Launch as Instance).',
    schema: editVolumeInput,
    defaults: {
      name: v.name ?? '',
      description: v.description ?? '',
      bootable: v.bootable === 'true',
    },
    fields: [
      { name: 'name', label: 'Volume Name', kind: 'text' },
      { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
      { name: 'bootable', label: 'Bootable', kind: 'checkbox' },
    ],
  }),
  run: async ({ api }, v, input) => {
    await api.volume.updateVolume(v.id, { name: input.name, description: input.description });
    if (input.bootable !== (v.bootable === 'true'))
      await api.volume.setVolumeBootable(v.id, input.bootable);
  },
  success: (_rows, input) => `Updated volume "${input.name}".`,
  failure: (v) => `Unable to update volume "${volumeName(v)}"`,
  equivalents: (rows, values) =>
    editVolumeEquivalents(first(rows).id, {
      name: formText(values, 'name'),
      description: formText(values, 'description'),
      bootable: flag(values, 'bootable'),
    }),
});

export const extendVolume: RowAction<VolumeDetail> = formRowAction({
  id: 'extend',
  label: 'Extend Volume',
  allowed: whenStatus('available'),
  form: (_ctx, v) => ({
    title: 'Extend Volume',
    submitLabel: 'Extend Volume',
    description: `Make the volume larger (it is ${v.size} GiB now). A volume cannot shrink. The file system inside grows only when you resize it from the instance.`,
    schema: extendVolumeInput(v.size),
    defaults: { new_size: String(v.size + 1) },
    fields: [{ name: 'new_size', label: 'New Size (GiB)', kind: 'number', required: true }],
  }),
  run: ({ api }, v, input) => api.volume.extendVolume(v.id, input.new_size),
  success: (rows, input) =>
    `Successfully extended volume "${volumeName(first(rows))}" to ${input.new_size} GiB.`,
  failure: (v) => `Unable to extend volume "${volumeName(v)}"`,
  equivalents: (rows, values) =>
    extendVolumeEquivalents(first(rows).id, formText(values, 'new_size')),
});

export const manageAttachments: RowAction<VolumeDetail> = formRowAction({
  id: 'attachments',
  label: 'Manage Attachments',
  allowed: availableOrInUse,
  form: async ({ api }, v) => {
    const servers = (await api.compute.listServers({ limit: 1000 })).items;
    const names = new Map(servers.map((s) => [s.id, s.name]));
    const attached = new Set(v.attachments.map((a) => a.server_id));
    const canAttach = v.attachments.length === 0 || v.multiattach === true;
    return {
      title: 'Manage Volume Attachments',
      submitLabel: 'Save',
      description:
        'Attach the volume to an instance (Nova picks the device name unless you give one), or tick current attachments to detach them. Unmount the file system inside the instance before detaching.',
      schema: attachVolumeInput,
      defaults: { detach: [], instance: '', device: '' },
      fields: [
        ...(v.attachments.length
          ? [
              {
                name: 'detach',
                label: 'Detach from',
                kind: 'checkboxes' as const,
                options: v.attachments.map((a) => ({
                  value: a.server_id,
                  label: `${names.get(a.server_id) ?? a.server_id} on ${a.device ?? '-'}`,
                })),
              },
            ]
          : []),
        ...(canAttach
          ? [
              {
                name: 'instance',
                label: 'Attach to Instance',
                kind: 'select' as const,
                options: [
                  { value: '', label: servers.length ? 'Select an instance' : 'No instances' },
                  ...servers
                    .filter((s) => !attached.has(s.id))
                    .map((s) => ({ value: s.id, label: `${s.name} (${s.id})` })),
                ],
              },
              {
                name: 'device',
                label: 'Device Name',
                kind: 'text' as const,
                placeholder: '/dev/vdb',
                help: 'Optional. The hypervisor may name the disk differently.',
              },
            ]
          : []),
      ],
    };
  },
  run: async ({ api }, v, input) => {
    for (const serverId of input.detach) await api.compute.detachVolume(serverId, v.id);
    if (input.instance)
      await api.compute.attachVolume(input.instance, v.id, { device: input.device || undefined });
  },
  success: (rows, input) =>
    input.instance
      ? `Attaching volume "${volumeName(first(rows))}".`
      : `Detaching volume "${volumeName(first(rows))}".`,
  failure: (v) => `Unable to change the attachments of volume "${volumeName(v)}"`,
  equivalents: (rows, values) => {
    const v = first(rows);
    const detach = Array.isArray(values?.detach) ? values.detach : [];
    const server = formText(values, 'instance');
    if (detach.length && !server) {
      const parts = detach.map((s) => detachVolumeEquivalents(v.id, s));
      return {
        cli: parts.map((p) => p.cli).join('\n'),
        sdk: parts.map((p) => p.sdk).join('\n\n'),
        hot: parts[0]!.hot,
      };
    }
    return attachVolumeEquivalents(v.id, server || '<instance>', formText(values, 'device'));
  },
});

export const createVolumeSnapshot: RowAction<VolumeDetail> = formRowAction({
  id: 'snapshot',
  label: 'Create Snapshot',
  allowed: availableOrInUse,
  form: (_ctx, v) => ({
    title: 'Create Volume Snapshot',
    submitLabel: 'Create Volume Snapshot',
    description:
      v.status === 'in-use'
        ? 'The volume is attached: the snapshot is forced, so it holds what was on the disk at this moment (like pulling the power). Stop writes in the instance first for a consistent copy.'
        : 'A snapshot keeps the volume’s data as it is now; make new volumes from it.',
    schema: createSnapshotInput,
    defaults: { name: '', description: '' },
    fields: [
      { name: 'name', label: 'Snapshot Name', kind: 'text', required: true },
      { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
    ],
  }),
  run: ({ api }, v, input) =>
    api.volume.createSnapshot({
      volumeId: v.id,
      name: input.name,
      description: input.description || undefined,
      force: v.status === 'in-use' ? true : undefined,
    }),
  success: (_rows, input) => `Creating volume snapshot "${input.name}".`,
  failure: (v) => `Unable to create a snapshot of volume "${volumeName(v)}"`,
  equivalents: (rows, values) =>
    createSnapshotEquivalents(first(rows).id, {
      name: formText(values, 'name'),
      description: formText(values, 'description'),
      force: first(rows).status === 'in-use',
    }),
});

export const createVolumeBackup: RowAction<VolumeDetail> = formRowAction({
  id: 'backup',
  label: 'Create Backup',
  allowed: availableOrInUse,
  form: () => ({
    title: 'Create Volume Backup',
    submitLabel: 'Create Volume Backup',
    description:
      'A backup is a full copy of the volume kept by the backup service (often in Object Storage), apart from the volume’s own storage. Incremental backups copy only what changed since the last one.',
    schema: createBackupInput,
    defaults: { name: '', description: '', container: '', incremental: false },
    fields: [
      { name: 'name', label: 'Backup Name', kind: 'text', required: true },
      { name: 'description', label: 'Description', kind: 'textarea', rows: 3 },
      {
        name: 'container',
        label: 'Container Name',
        kind: 'text',
        help: 'Optional; the backup service picks one when empty.',
      },
      { name: 'incremental', label: 'Incremental', kind: 'checkbox' },
    ],
  }),
  run: ({ api }, v, input) =>
    api.volume.createBackup({
      volumeId: v.id,
      name: input.name,
      description: input.description || undefined,
      container: input.container || undefined,
      incremental: input.incremental,
      force: v.status === 'in-use' ? true : undefined,
    }),
  success: (_rows, input) => `Creating volume backup "${input.name}".`,
  failure: (v) => `Unable to create a backup of volume "${volumeName(v)}"`,
  equivalents: (rows, values) =>
    createBackupEquivalents(first(rows).id, {
      name: formText(values, 'name'),
      description: formText(values, 'description'),
      container: formText(values, 'container'),
      incremental: flag(values, 'incremental'),
      force: first(rows).status === 'in-use',
    }),
});

export const changeVolumeType: RowAction<VolumeDetail> = formRowAction({
  id: 'retype',
  label: 'Change Volume Type',
  allowed: availableOrInUse,
  form: async ({ api }, v) => {
    const types = await api.volume.listVolumeTypes();
    const others = types.filter((t) => t.name !== v.volume_type);
    return {
      title: 'Change Volume Type',
      submitLabel: 'Change Volume Type',
      description: `The volume is of type ${v.volume_type ?? '-'}. If the new type needs another back end, the migration policy says whether Cinder may move the data there (On Demand) or must refuse (Never).`,
      schema: retypeVolumeInput,
      defaults: { type: others[0]?.name ?? '', migration_policy: 'never' },
      fields: [
        {
          name: 'type',
          label: 'Type',
          kind: 'select',
          required: true,
          options: others.length
            ? others.map((t) => ({ value: t.name, label: t.name }))
            : [{ value: '', label: 'No other volume type' }],
        },
        {
          name: 'migration_policy',
          label: 'Migration Policy',
          kind: 'select',
          options: MIGRATION_POLICIES.map((p) => ({ value: p.value, label: p.label })),
        },
      ],
    };
  },
  run: ({ api }, v, input) => api.volume.retypeVolume(v.id, input.type, input.migration_policy),
  success: (rows, input) =>
    `Successfully changed the type of volume "${volumeName(first(rows))}" to ${input.type}.`,
  failure: (v) => `Unable to change the type of volume "${volumeName(v)}"`,
  equivalents: (rows, values) =>
    retypeVolumeEquivalents(
      first(rows).id,
      formText(values, 'type'),
      formText(values, 'migration_policy', 'never'),
    ),
});

export const uploadToImage: RowAction<VolumeDetail> = formRowAction({
  id: 'upload',
  label: 'Upload to Image',
  allowed: availableOrInUse,
  form: (_ctx, v) => ({
    title: 'Upload Volume to Image',
    submitLabel: 'Upload',
    description:
      'Cinder copies the volume into a new image of the Image service; launch instances from it. An attached volume needs Force, and the copy is then of a disk in use.',
    schema: uploadToImageInput,
    defaults: { image_name: v.name ?? '', disk_format: 'raw', force: false },
    fields: [
      { name: 'image_name', label: 'Image Name', kind: 'text', required: true },
      {
        name: 'disk_format',
        label: 'Disk Format',
        kind: 'select',
        options: DISK_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() })),
      },
      ...(v.status === 'in-use'
        ? [{ name: 'force', label: 'Force', kind: 'checkbox' as const }]
        : []),
    ],
  }),
  run: ({ api }, v, input) =>
    api.volume.uploadVolumeToImage(v.id, {
      imageName: input.image_name,
      diskFormat: input.disk_format,
      force: input.force || undefined,
    }),
  success: (rows, input) =>
    `Uploading volume "${volumeName(first(rows))}" to image "${input.image_name}".`,
  failure: (v) => `Unable to upload volume "${volumeName(v)}" to an image`,
  equivalents: (rows, values) =>
    uploadToImageEquivalents(first(rows).id, {
      imageName: formText(values, 'image_name'),
      diskFormat: formText(values, 'disk_format', 'raw'),
      force: flag(values, 'force'),
    }),
});

export const createVolumeTransfer: RowAction<VolumeDetail> = formRowAction({
  id: 'transfer',
  label: 'Create Transfer',
  allowed: whenStatus('available'),
  form: () => ({
    title: 'Create Volume Transfer',
    submitLabel: 'Create Volume Transfer',
    description:
      'Hand the volume to another project. Cinder gives a Transfer ID and an Authorization Key; someone in the other project accepts the transfer with both (Accept Transfer). Until then the volume stays here, in the awaiting-transfer state.',
    schema: createTransferInput,
    defaults: { name: '' },
    fields: [{ name: 'name', label: 'Transfer Name', kind: 'text', required: true }],
  }),
  run: ({ api }, v, input) => api.volume.createTransfer({ volumeId: v.id, name: input.name }),
  renderResult: (result, close) => (
    <TransferResult transfer={result as CreatedTransfer} close={close} />
  ),
  success: (_rows, input) => `Created volume transfer "${input.name}".`,
  failure: (v) => `Unable to create a transfer of volume "${volumeName(v)}"`,
  equivalents: (rows, values) =>
    createTransferEquivalents(first(rows).id, formText(values, 'name')),
});

export const launchAsInstance: RowAction<VolumeDetail> = {
  id: 'launch',
  label: 'Launch as Instance',
  service: 'compute',
  allowed: (v) =>
    v.bootable !== 'true'
      ? 'The volume is not bootable (Edit Volume sets it).'
      : v.status !== 'available'
        ? `The volume is ${v.status}; only an available volume can boot an instance.`
        : true,
  href: (v) => launchHref('volume', v.id),
  run: async () => undefined,
  success: () => '',
  failure: (v) => `Unable to launch an instance from volume "${volumeName(v)}"`,
};

export const updateVolumeMetadata: RowAction<VolumeDetail> = formRowAction({
  id: 'metadata',
  label: 'Update Metadata',
  form: (_ctx, v) => ({
    title: 'Update Volume Metadata',
    submitLabel: 'Save',
    description:
      'Metadata are key=value notes on the volume, one per line. Remove a line to remove its key.',
    schema: volumeMetadataInput,
    defaults: { metadata: toKeyValueLines(v.metadata) },
    fields: [
      {
        name: 'metadata',
        label: 'Metadata',
        kind: 'textarea',
        rows: 8,
        monospace: true,
        placeholder: 'purpose=lab',
      },
    ],
  }),
  run: ({ api }, v, input) =>
    api.volume.updateVolumeMetadata(
      v.id,
      input.metadata,
      Object.keys(v.metadata).filter((k) => !(k in input.metadata)),
    ),
  success: (rows) => `Updated the metadata of volume "${volumeName(first(rows))}".`,
  failure: (v) => `Unable to update the metadata of volume "${volumeName(v)}"`,
  equivalents: (rows, values) => {
    const v = first(rows);
    const parsed = volumeMetadataInput.safeParse({
      metadata: formText(values, 'metadata', '', { raw: true }),
    });
    const set = parsed.success ? parsed.data.metadata : {};
    return volumeMetadataEquivalents(
      v.id,
      set,
      Object.keys(v.metadata).filter((k) => !(k in set)),
    );
  },
});

// Deleting an attached volume is left to Cinder, whose refusal says why.
const DELETABLE = /^(available|in-use|error|error_restoring|error_extending|error_managing)$/;

export const deleteVolume = deleteAction<VolumeDetail>({
  singular: 'Volume',
  plural: 'Volumes',
  body: 'This action cannot be undone. The volume’s data is lost; its snapshots must be deleted first.',
  allowed: (v) => (DELETABLE.test(v.status) ? true : `The volume is ${v.status}.`),
  run: ({ api }, v) => api.volume.deleteVolume(v.id),
  equivalents: (rows) => deleteVolumeEquivalents(rows.map((v) => v.id)),
  done: 'Scheduled deletion of',
  removesRow: false,
  name: volumeName,
});
