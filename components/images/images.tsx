// Project → Compute → Images. api-ref: image v2, "Images" and "Sharing".
import { Mono, orDash } from '@/components/ui/cells';
import { StatusBadge } from '@/components/ui/status-badge';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { CreateImageDialog } from './create-image-dialog';
import { deleteImage, editImage, launchImage, updateImageMetadata } from './image-actions';
import { acceptImage, manageMembers, rejectImage } from './image-member-actions';
import { ImageMetadata } from './image-metadata';
import {
  imageProperties,
  imageSize,
  imageStatusLabel,
  imageStatusTone,
  imageType,
  toImageRow,
  TRANSITIONAL_STATUSES,
  visibilityLabel,
  type ImageRow,
} from './image-row';
import { createVolumeFromImage } from './image-volume-action';

const status = (image: ImageRow) => (
  <StatusBadge
    status={image.status}
    label={imageStatusLabel(image.status)}
    tone={imageStatusTone(image.status)}
  />
);
const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');
const upper = (value: string | null | undefined) => orDash(value ? value.toUpperCase() : value);

export const images: ResourceDefinition<ImageRow> = {
  panel: PANELS.images,
  apiRef: 'image v2: Images',
  singular: 'Image',
  key: (image) => image.id,
  name: (image) => image.name || image.id,
  list: async (api, query) => {
    const page = await api.image.listImages(query);
    return { items: page.items.map(toImageRow), next: page.next };
  },
  get: async (api, id) => toImageRow(await api.image.getImage(id)),
  paging: 'server',
  views: [
    { id: 'all', label: 'All Images', filters: () => ({}) },
    { id: 'project', label: 'Project', filters: (session) => ({ owner: session.project.id }) },
    {
      id: 'shared',
      label: 'Shared with Me',
      // Pending shares too, so they can be accepted here.
      filters: () => ({ visibility: 'shared', member_status: 'all' }),
    },
    { id: 'public', label: 'Public', filters: () => ({ visibility: 'public' }) },
    { id: 'community', label: 'Community', filters: () => ({ visibility: 'community' }) },
  ],
  serverFilters: [
    { id: 'name', label: 'Name', param: 'name' },
    { id: 'status', label: 'Status', param: 'status' },
    { id: 'format', label: 'Format', param: 'disk_format' },
  ],
  transitional: (image) => TRANSITIONAL_STATUSES.has(image.status),
  columns: [
    {
      id: 'name',
      header: 'Name',
      link: true,
      sortValue: (image) => image.name,
      cell: (image) => image.name || <Mono>{image.id}</Mono>,
    },
    { id: 'type', header: 'Type', sortValue: imageType, cell: imageType },
    { id: 'status', header: 'Status', sortValue: (image) => image.status, cell: status },
    {
      id: 'visibility',
      header: 'Visibility',
      sortValue: (image) => image.visibility ?? '',
      cell: (image) => visibilityLabel(image.visibility),
    },
    {
      id: 'protected',
      header: 'Protected',
      sortValue: (image) => yesNo(image.protected),
      cell: (image) => yesNo(image.protected),
    },
    {
      id: 'format',
      header: 'Disk Format',
      sortValue: (image) => image.disk_format ?? '',
      cell: (image) => upper(image.disk_format),
    },
    {
      id: 'size',
      header: 'Size',
      sortValue: (image) => image.size ?? 0,
      cell: (image) => imageSize(image.size),
    },
  ],
  createActions: [{ id: 'create', label: 'Create Image', launcher: CreateImageDialog }],
  rowActions: [
    launchImage,
    createVolumeFromImage,
    editImage,
    updateImageMetadata,
    manageMembers,
    acceptImage,
    rejectImage,
    deleteImage,
  ],
  detail: {
    fields: [
      { label: 'Name', value: (image) => orDash(image.name) },
      { label: 'ID', value: (image) => <Mono>{image.id}</Mono> },
      { label: 'Owner', value: (image) => <Mono>{orDash(image.owner)}</Mono> },
      { label: 'Type', value: imageType },
      { label: 'Status', value: status },
      { label: 'Description', value: (image) => orDash(imageProperties(image).description) },
      { label: 'Visibility', value: (image) => visibilityLabel(image.visibility) },
      { label: 'Protected', value: (image) => yesNo(image.protected) },
      { label: 'Checksum', value: (image) => <Mono wrap>{orDash(image.checksum)}</Mono> },
      { label: 'Hash Algorithm', value: (image) => orDash(image.os_hash_algo) },
      { label: 'Hash', value: (image) => <Mono wrap>{orDash(image.os_hash_value)}</Mono> },
      { label: 'Created', value: (image) => orDash(image.created_at) },
      { label: 'Updated', value: (image) => orDash(image.updated_at) },
      { label: 'Size', value: (image) => imageSize(image.size) },
      { label: 'Virtual Size', value: (image) => imageSize(image.virtual_size) },
      { label: 'Container Format', value: (image) => upper(image.container_format) },
      { label: 'Disk Format', value: (image) => upper(image.disk_format) },
      { label: 'Min. Disk', value: (image) => `${image.min_disk ?? 0} GB` },
      { label: 'Min. RAM', value: (image) => `${image.min_ram ?? 0} MB` },
      { label: 'Architecture', value: (image) => orDash(imageProperties(image).architecture) },
      {
        label: 'Tags',
        value: (image) => (image.tags && image.tags.length > 0 ? image.tags.join(', ') : '-'),
      },
    ],
    tabs: [
      { id: 'metadata', label: 'Metadata', render: (image) => <ImageMetadata image={image} /> },
    ],
  },
  emptyMessage: 'No images to display. Upload one with "Create Image".',
};
