// The image row actions (api-ref image v2 "Images"): Launch, Edit Image, Update
// Metadata, Delete Image(s). Sharing and Create Volume have files of their own.
import { deleteAction } from '@/components/resource/delete-action';
import { toKeyValueLines } from '@/lib/forms/key-value';
import { formText } from '@/lib/forms/text';
import type { FormValues } from '@/lib/forms/types';
import { launchHref } from '@/lib/launch-link';
import { imagePatchOps } from '@/lib/openstack/image/image-patch';
import { formRowAction, type RowAction } from '@/lib/resources/types';
import type { PublicSession } from '@/lib/session-token';
import { parseKeyValues, VISIBILITY_OPTIONS } from './image-form-values';
import { editImageInput, updateMetadataInput } from './image-inputs';
import { DISK_FORMATS, imageProperties, type ImageRow } from './image-row';
import {
  deleteImageEquivalents,
  editImageEquivalents,
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
  href: (image) => launchHref('image', image.id),
  run: async () => {},
  success: () => '',
  failure: (image) => `Unable to launch instance from image: ${image.name}`,
};

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

export const deleteImage: RowAction<ImageRow> = deleteAction<ImageRow>({
  singular: 'Image',
  plural: 'Images',
  body: 'This action cannot be undone. Instances already running from the image keep running.',
  allowed: (image, session) => (owned(image, session) ? true : notOwned),
  run: ({ api }, image) => api.image.deleteImage(image.id),
  equivalents: (rows) => deleteImageEquivalents(rows.map((image) => image.id)),
});
