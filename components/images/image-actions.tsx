// The image row actions (api-ref image v2 "Images", "Sharing"; block-storage v3
// "Volumes"): Launch, Create Volume, Edit Image, Update Metadata, Manage Members,
// Accept/Reject a shared image, Delete Image(s).
import { deleteAction } from '@/components/resource/delete-action';
import { toKeyValueLines } from '@/lib/forms/key-value';
import { formText } from '@/lib/forms/text';
import type { FormValues } from '@/lib/forms/types';
import { imagePatchOps } from '@/lib/openstack/image/image-patch';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { parseKeyValues, VISIBILITY_OPTIONS } from './image-form-values';
import {
  createVolumeFromImageInput,
  editImageInput,
  manageMembersInput,
  updateMetadataInput,
} from './image-inputs';
import { DISK_FORMATS, imageProperties, minimumVolumeSize, type ImageRow } from './image-row';
import {
  createVolumeFromImageEquivalents,
  deleteImageEquivalents,
  editImageEquivalents,
  manageMembersEquivalents,
  memberStatusEquivalents,
  updateMetadataEquivalents,
} from './images-equivalents';

const first = (rows: ImageRow[]) => rows[0] as ImageRow;
const owned = (image: ImageRow, session: PublicSession) =>
  image.owner === session.project.id || session.roles.includes('admin');
const notOwned = 'Only the project that owns the image can change it.';

export const launchImage: RowAction<ImageRow> = {
  id: 'launch',
  label: 'Launch',
  allowed: (image) => (image.status === 'active' ? true : 'Only an active image can be launched.'),
  href: (image) => `/project/instances?launch=${encodeURIComponent(`image:${image.id}`)}`,
  run: async () => {},
  success: () => '',
  failure: (image) => `Unable to launch instance from image: ${image.name}`,
};

export const createVolumeFromImage: RowAction<ImageRow> = formRowAction({
  id: 'create-volume',
  label: 'Create Volume',
  service: 'volumev3',
  allowed: (image) =>
    image.status === 'active' ? true : 'Only an active image can be copied to a volume.',
  form: async ({ api }, image) => {
    const minimum = minimumVolumeSize(image);
    const [types, zones] = await Promise.all([
      api.volume.listVolumeTypes().catch(() => []),
      api.volume.listVolumeAvailabilityZones().catch(() => []),
    ]);
    return {
      title: 'Create Volume',
      submitLabel: 'Create Volume',
      description: `A new volume holding a copy of the image "${image.name || image.id}". It must be at least ${minimum} GiB: the image's minimum disk and its size.`,
      schema: createVolumeFromImageInput(minimum),
      defaults: {
        name: image.name,
        description: '',
        size: String(minimum),
        volumeType: '',
        availabilityZone: '',
      },
      fields: [
        { name: 'name', label: 'Volume Name', kind: 'text' },
        { name: 'description', label: 'Description', kind: 'textarea', rows: 2 },
        { name: 'size', label: 'Size (GiB)', kind: 'number', required: true },
        {
          name: 'volumeType',
          label: 'Type',
          kind: 'select',
          options: [
            { value: '', label: 'No volume type' },
            ...types.map((t) => ({ value: t.name, label: t.name })),
          ],
        },
        {
          name: 'availabilityZone',
          label: 'Availability Zone',
          kind: 'select',
          options: [
            { value: '', label: 'Any Availability Zone' },
            ...zones
              .filter((z) => z.zoneState?.available !== false)
              .map((z) => ({ value: z.zoneName, label: z.zoneName })),
          ],
        },
      ],
    };
  },
  run: async ({ api }, image, input) => {
    await api.volume.createVolume({
      name: input.name,
      description: input.description || undefined,
      size: input.size,
      volumeType: input.volumeType || undefined,
      availabilityZone: input.availabilityZone || undefined,
      source: { kind: 'image', imageId: image.id },
    });
  },
  success: (rows, input) => `Creating volume "${input.name || first(rows).name}".`,
  failure: (image) => `Unable to create volume from image: ${image.name}`,
  equivalents: (rows, values) =>
    createVolumeFromImageEquivalents({
      imageId: first(rows).id,
      name: formText(values, 'name'),
      description: formText(values, 'description'),
      size: formText(values, 'size'),
      volumeType: formText(values, 'volumeType'),
      availabilityZone: formText(values, 'availabilityZone'),
    }),
});

function editValues(values: FormValues | undefined) {
  return {
    name: formText(values, 'name'),
    description: formText(values, 'description'),
    diskFormat: formText(values, 'diskFormat', 'raw'),
    architecture: formText(values, 'architecture'),
    minDisk: Number(formText(values, 'minDisk')) || 0,
    minRam: Number(formText(values, 'minRam')) || 0,
    visibility: formText(values, 'visibility', 'private'),
    protected: values?.protected === true,
  };
}

export const editImage: RowAction<ImageRow> = formRowAction({
  id: 'edit',
  label: 'Edit Image',
  allowed: (image, session) => (owned(image, session) ? true : notOwned),
  form: (_ctx, image) => {
    const props = imageProperties(image);
    return {
      title: 'Edit Image',
      submitLabel: 'Update Image',
      description:
        "Change the image's name, description and properties. The disk format of an image that holds data cannot change.",
      schema: editImageInput,
      defaults: {
        name: image.name,
        description: props.description ?? '',
        diskFormat: image.disk_format ?? 'raw',
        architecture: props.architecture ?? '',
        minDisk: String(image.min_disk ?? 0),
        minRam: String(image.min_ram ?? 0),
        visibility: image.visibility ?? 'private',
        protected: image.protected === true,
      },
      fields: [
        { name: 'name', label: 'Image Name', kind: 'text', required: true },
        { name: 'description', label: 'Image Description', kind: 'textarea', rows: 2 },
        { name: 'diskFormat', label: 'Format', kind: 'select', options: DISK_FORMATS },
        { name: 'architecture', label: 'Architecture', kind: 'text' },
        { name: 'minDisk', label: 'Minimum Disk (GB)', kind: 'number' },
        { name: 'minRam', label: 'Minimum RAM (MB)', kind: 'number' },
        { name: 'visibility', label: 'Visibility', kind: 'radio', options: VISIBILITY_OPTIONS },
        { name: 'protected', label: 'Protected', kind: 'checkbox' },
      ],
    };
  },
  run: async ({ api }, image, input) => {
    const changes: Record<string, unknown> = {
      name: input.name,
      min_disk: input.minDisk,
      min_ram: input.minRam,
      visibility: input.visibility,
      protected: input.protected,
      description: input.description || undefined,
      architecture: input.architecture || undefined,
    };
    // Glance refuses to change the disk format once data is there; send it only if it changed.
    if (input.diskFormat !== image.disk_format) changes.disk_format = input.diskFormat;
    const ops = imagePatchOps(image, changes);
    if (ops.length > 0) await api.image.updateImage(image.id, ops);
  },
  success: (_rows, input) => `Image "${input.name}" was successfully updated.`,
  failure: (image) => `Unable to update image: ${image.name}`,
  equivalents: (rows, values) =>
    editImageEquivalents(first(rows).id, editValues(values), first(rows).disk_format),
});

function metadataChanges(image: ImageRow, text: string) {
  const before = imageProperties(image);
  const after = parseKeyValues(text);
  const set = Object.fromEntries(Object.entries(after).filter(([k, v]) => before[k] !== v));
  const unset = Object.keys(before).filter((k) => !(k in after));
  return { set, unset };
}

export const updateImageMetadata: RowAction<ImageRow> = formRowAction({
  id: 'metadata',
  label: 'Update Metadata',
  allowed: (image, session) => (owned(image, session) ? true : notOwned),
  form: (_ctx, image) => ({
    title: 'Update Image Metadata',
    submitLabel: 'Save',
    description:
      "The image's custom properties, one key=value a line (hw_disk_bus=scsi, os_distro=ubuntu…). Remove a line to remove the property.",
    schema: updateMetadataInput,
    defaults: { metadata: toKeyValueLines(imageProperties(image)) },
    fields: [{ name: 'metadata', label: 'Metadata', kind: 'textarea', rows: 8, monospace: true }],
  }),
  run: async ({ api }, image, input) => {
    const before = imageProperties(image);
    const changes: Record<string, unknown> = { ...input.metadata };
    for (const key of Object.keys(before)) if (!(key in input.metadata)) changes[key] = undefined;
    const ops = imagePatchOps(image, changes);
    if (ops.length > 0) await api.image.updateImage(image.id, ops);
  },
  success: (rows) => `Metadata of image "${first(rows).name}" was successfully updated.`,
  failure: (image) => `Unable to update the metadata of image: ${image.name}`,
  equivalents: (rows, values) => {
    const image = first(rows);
    const { set, unset } = metadataChanges(image, formText(values, 'metadata'));
    return updateMetadataEquivalents(image.id, set, unset);
  },
});

export const manageMembers: RowAction<ImageRow> = formRowAction({
  id: 'members',
  label: 'Manage Members',
  allowed: (image, session) =>
    !owned(image, session)
      ? notOwned
      : image.visibility !== 'shared'
        ? "Set the image's visibility to Shared to share it with other projects."
        : true,
  form: async ({ api, session }, image) => {
    const [members, projects] = await Promise.all([
      api.image.listImageMembers(image.id),
      api.identity.listMyProjects().catch(() => []),
    ]);
    const projectName = new Map(projects.map((p) => [p.id, p.name]));
    const memberIds = new Set(members.map((m) => m.member_id));
    const choices = projects.filter((p) => p.id !== session.project.id && !memberIds.has(p.id));
    return {
      title: 'Manage Image Members',
      submitLabel: 'Save',
      description:
        'Share the image with other projects. A project you add sees it under "Shared with Me" once one of its members accepts it.',
      schema: manageMembersInput,
      defaults: { project: '', projectId: '', remove: [] },
      fields: [
        {
          name: 'project',
          label: 'Add Project',
          kind: 'select',
          options: [
            {
              value: '',
              label: choices.length > 0 ? 'Select a project' : 'No other projects of yours',
            },
            ...choices.map((p) => ({ value: p.id, label: p.name })),
          ],
        },
        {
          name: 'projectId',
          label: 'Or Project ID',
          kind: 'text',
          help: 'The ID of a project you are not a member of.',
        },
        {
          name: 'remove',
          label: members.length > 0 ? 'Remove Members' : 'Members: none yet',
          kind: 'checkboxes',
          options: members.map((m) => ({
            value: m.member_id,
            label: `${projectName.get(m.member_id) ?? m.member_id} (${m.status})`,
          })),
        },
      ],
    };
  },
  run: async ({ api }, image, input) => {
    if (input.add) await api.image.addImageMember(image.id, input.add);
    for (const member of input.remove) await api.image.removeImageMember(image.id, member);
  },
  success: (rows) => `Members of image "${first(rows).name}" were updated.`,
  failure: (image) => `Unable to update the members of image: ${image.name}`,
  equivalents: (rows, values) =>
    manageMembersEquivalents(
      first(rows).id,
      formText(values, 'projectId') || formText(values, 'project'),
      Array.isArray(values?.remove) ? values.remove : [],
    ),
});

function memberStatusAction(status: 'accepted' | 'rejected'): RowAction<ImageRow> {
  const verb = status === 'accepted' ? 'Accept' : 'Reject';
  return {
    id: status === 'accepted' ? 'accept' : 'reject',
    label: `${verb} Image`,
    danger: status === 'rejected',
    allowed: (image, session) =>
      image.owner !== session.project.id && image.visibility === 'shared'
        ? true
        : 'Only an image another project shared with this one.',
    confirm: {
      title: `${verb} Image`,
      confirmLabel: `${verb} Image`,
      body: (rows) =>
        status === 'accepted'
          ? `Accept "${first(rows).name}": it shows in this project's image lists and can be launched.`
          : `Reject "${first(rows).name}": it leaves this project's lists until you accept it again.`,
    },
    run: async ({ api, session }, image) => {
      await api.image.updateImageMember(image.id, session.project.id, status);
    },
    success: (rows) =>
      `${status === 'accepted' ? 'Accepted' : 'Rejected'} image: ${first(rows).name}`,
    failure: (image) => `Unable to ${verb.toLowerCase()} image: ${image.name}`,
    equivalents: (rows) => memberStatusEquivalents(first(rows).id, status),
  };
}

export const acceptImage = memberStatusAction('accepted');
export const rejectImage = memberStatusAction('rejected');

export const deleteImage: RowAction<ImageRow> = deleteAction<ImageRow>({
  singular: 'Image',
  plural: 'Images',
  body: 'This action cannot be undone. Instances already running from the image keep running.',
  allowed: (image, session) => (owned(image, session) ? true : notOwned),
  run: ({ api }, image) => api.image.deleteImage(image.id),
  equivalents: (rows) => deleteImageEquivalents(rows.map((image) => image.id)),
});
