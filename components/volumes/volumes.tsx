// Project → Volumes → Volumes. api-ref: block-storage v3, "Volumes (volumes)" and
// "Volume actions (volumes, action)"; attachments through compute v2.1
// os-volume_attachments, as Horizon does.
import { Mono, orDash } from '@/components/ui/cells';
import { StatusBadge } from '@/components/ui/status-badge';
import type { VolumeDetail } from '@/lib/openstack/volume/volume-schemas';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { AcceptTransferDialog } from './accept-transfer-dialog';
import { CreateVolumeDialog } from './create-volume-dialog';
import {
  changeVolumeType,
  createVolumeBackup,
  createVolumeSnapshot,
  createVolumeTransfer,
  deleteVolume,
  editVolume,
  extendVolume,
  launchAsInstance,
  manageAttachments,
  updateVolumeMetadata,
  uploadToImage,
} from './volume-actions';
import { VolumeAttachedTo } from './volume-attached-to';
import { VolumeAttachmentNames } from './volume-attachment-names';
import { VolumeSnapshots } from './volume-snapshots';
import { isTransitional, statusLabel, volumeName } from './volume-status';

const yesNo = (b: boolean | undefined) => (b ? 'Yes' : 'No');

export const volumes: ResourceDefinition<VolumeDetail> = {
  panel: PANELS.volumes,
  apiRef: 'block-storage v3: Volumes (volumes)',
  singular: 'Volume',
  key: (v) => v.id,
  name: volumeName,
  list: (api, query) =>
    api.volume.pageVolumes({
      limit: query.limit,
      marker: query.marker,
      filters: query.filters,
      sortKey: 'created_at',
      sortDir: 'desc',
    }),
  get: (api, id) => api.volume.getVolume(id),
  paging: 'server',
  serverFilters: [
    { id: 'name', label: 'Name', param: 'name' },
    { id: 'status', label: 'Status', param: 'status' },
  ],
  lookups: {
    // Only the instances the rows on screen are attached to.
    servers: async (api, rows) => {
      const ids = [...new Set(rows.flatMap((v) => v.attachments.map((a) => a.server_id)))];
      const found = await Promise.allSettled(ids.map((id) => api.compute.getServer(id)));
      return Object.fromEntries(
        found.flatMap((r, i) => (r.status === 'fulfilled' ? [[ids[i], r.value.name]] : [])),
      ) as Record<string, string>;
    },
  },
  lookupKey: (v) => `${v.id}:${v.attachments.map((a) => a.server_id).join(',')}`,
  transitional: isTransitional,
  columns: [
    { id: 'name', header: 'Name', cell: volumeName, sortValue: volumeName, link: true },
    {
      id: 'description',
      header: 'Description',
      cell: (v) => orDash(v.description),
      sortValue: (v) => v.description ?? '',
    },
    {
      id: 'size',
      header: 'Size',
      className: 'whitespace-nowrap',
      cell: (v) => `${v.size}GiB`,
      sortValue: (v) => v.size,
    },
    {
      id: 'status',
      header: 'Status',
      cell: (v) => <StatusBadge status={v.status} label={statusLabel(v.status)} />,
      sortValue: (v) => v.status,
    },
    { id: 'group', header: 'Group', cell: (v) => orDash(v.group_id) },
    {
      id: 'type',
      header: 'Type',
      cell: (v) => orDash(v.volume_type),
      sortValue: (v) => v.volume_type ?? '',
    },
    {
      id: 'attached',
      header: 'Attached To',
      cell: (v, lookups) => (
        <VolumeAttachedTo attachments={v.attachments} names={lookups.servers} />
      ),
    },
    {
      id: 'az',
      header: 'Availability Zone',
      cell: (v) => orDash(v.availability_zone),
      sortValue: (v) => v.availability_zone ?? '',
    },
    {
      id: 'bootable',
      header: 'Bootable',
      cell: (v) => yesNo(v.bootable === 'true'),
      sortValue: (v) => v.bootable,
    },
    { id: 'encrypted', header: 'Encrypted', cell: (v) => yesNo(v.encrypted) },
  ],
  createActions: [
    { id: 'create', label: 'Create Volume', launcher: CreateVolumeDialog },
    { id: 'accept-transfer', label: 'Accept Transfer', launcher: AcceptTransferDialog },
  ],
  rowActions: [
    editVolume,
    extendVolume,
    manageAttachments,
    createVolumeSnapshot,
    createVolumeBackup,
    changeVolumeType,
    uploadToImage,
    createVolumeTransfer,
    launchAsInstance,
    updateVolumeMetadata,
    deleteVolume,
  ],
  detail: {
    fields: [
      { label: 'Name', value: volumeName },
      { label: 'ID', value: (v) => <Mono>{v.id}</Mono> },
      { label: 'Description', value: (v) => orDash(v.description) },
      {
        label: 'Status',
        value: (v) => <StatusBadge status={v.status} label={statusLabel(v.status)} />,
      },
      { label: 'Size', value: (v) => `${v.size} GiB` },
      { label: 'Type', value: (v) => orDash(v.volume_type) },
      { label: 'Availability Zone', value: (v) => orDash(v.availability_zone) },
      { label: 'Bootable', value: (v) => yesNo(v.bootable === 'true') },
      { label: 'Encrypted', value: (v) => yesNo(v.encrypted) },
      { label: 'Multi-attach', value: (v) => yesNo(v.multiattach) },
      {
        label: 'Attached To',
        value: (v) => <VolumeAttachmentNames attachments={v.attachments} />,
      },
      { label: 'Snapshot ID', value: (v) => orDash(v.snapshot_id) },
      { label: 'Source Volume ID', value: (v) => orDash(v.source_volid) },
      {
        label: 'Image',
        value: (v) =>
          orDash(v.volume_image_metadata?.image_name ?? v.volume_image_metadata?.image_id),
      },
      {
        label: 'Metadata',
        value: (v) =>
          Object.keys(v.metadata).length
            ? Object.entries(v.metadata)
                .map(([k, val]) => `${k}=${val}`)
                .join(', ')
            : '-',
      },
      { label: 'Created', value: (v) => v.created_at },
    ],
    tabs: [
      { id: 'snapshots', label: 'Snapshots', render: (v) => <VolumeSnapshots volumeId={v.id} /> },
    ],
  },
  emptyMessage: 'No volumes to display. Make one with "Create Volume".',
};
