// Project → Volumes → Snapshots. api-ref: block-storage v3, "Volume snapshots
// (snapshots)", "Snapshot metadata".
import Link from 'next/link';
import { Mono, orDash } from '@/components/ui/cells';
import { StatusBadge } from '@/components/ui/status-badge';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import {
  isTransitional,
  sizeText,
  snapshotRow,
  statusLabel,
  type SnapshotRow,
} from './snapshot-row';
import { snapshotRowActions } from './snapshot-row-actions';
import { VolumeLink } from './volume-link';
import type { ReactNode } from 'react';

const VOLUMES_PATH = '/project/volumes';

function volumeLink(s: SnapshotRow, names: Record<string, string> | undefined): ReactNode {
  const name = names?.[s.volume_id] || s.volume_id;
  return (
    <Link
      prefetch={false}
      className="text-accent hover:underline"
      href={`${VOLUMES_PATH}/${encodeURIComponent(s.volume_id)}`}
    >
      {name}
    </Link>
  );
}

function metadataList(s: SnapshotRow): ReactNode {
  const entries = Object.entries(s.metadata).sort(([a], [b]) => a.localeCompare(b));
  if (!entries.length) return '-';
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3">
      {entries.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-medium">{k}</dt>
          <dd className="break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

const status = (s: SnapshotRow) => <StatusBadge status={s.status} label={statusLabel(s.status)} />;

export const volumeSnapshots: ResourceDefinition<SnapshotRow> = {
  panel: PANELS.volumeSnapshots,
  apiRef: 'block-storage v3: Volume snapshots (snapshots), Snapshot metadata',
  singular: 'Volume Snapshot',
  key: (s) => s.id,
  name: (s) => s.name,
  list: async (api, query) => {
    const page = await api.volume.pageSnapshots(query);
    return { next: page.next, items: page.items.map(snapshotRow) };
  },
  get: async (api, id) => snapshotRow(await api.volume.getSnapshot(id)),
  paging: 'server',
  serverFilters: [
    { id: 'name', label: 'Name', param: 'name' },
    { id: 'status', label: 'Status', param: 'status' },
  ],
  lookups: {
    volumes: async (api, rows) => {
      if (!rows.length) return {};
      const volumes = await api.volume.listVolumes();
      return Object.fromEntries(volumes.map((v) => [v.id, v.name || v.id]));
    },
  },
  lookupKey: (s) => `${s.id}:${s.volume_id}`,
  transitional: isTransitional,
  columns: [
    { id: 'name', header: 'Name', cell: (s) => s.name, sortValue: (s) => s.name, link: true },
    { id: 'description', header: 'Description', cell: (s) => orDash(s.description) },
    {
      id: 'size',
      header: 'Size',
      cell: (s) => sizeText(s.size),
      sortValue: (s) => s.size,
      className: 'whitespace-nowrap',
    },
    { id: 'status', header: 'Status', cell: status, sortValue: (s) => s.status },
    { id: 'group', header: 'Group', cell: (s) => orDash(s.group_snapshot_id) },
    {
      id: 'volume',
      header: 'Volume Name',
      cell: (s, lookups) => volumeLink(s, lookups.volumes),
    },
  ],
  createActions: [],
  rowActions: snapshotRowActions,
  detail: {
    fields: [
      { label: 'Name', value: (s) => s.name },
      { label: 'ID', value: (s) => <Mono>{s.id}</Mono> },
      { label: 'Description', value: (s) => orDash(s.description) },
      { label: 'Status', value: status },
      { label: 'Size', value: (s) => sizeText(s.size) },
      { label: 'Created', value: (s) => s.created_at },
      { label: 'Volume', value: (s) => <VolumeLink id={s.volume_id} /> },
      { label: 'Group Snapshot', value: (s) => orDash(s.group_snapshot_id) },
      { label: 'Metadata', value: metadataList },
    ],
  },
  emptyMessage: 'No volume snapshots to display.',
};
