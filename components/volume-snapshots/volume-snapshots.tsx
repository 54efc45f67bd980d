// Project → Volumes → Snapshots. api-ref: block-storage v3, "Volume snapshots
// (snapshots)", "Snapshot metadata".
import { CinderLink, CinderNameLink } from '@/components/resource/cinder-links';
import { Mono, orDash } from '@/components/ui/cells';
import { StatusBadge } from '@/components/ui/status-badge';
import { cinderNames } from '@/lib/openstack/volume/cinder-names';
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
import type { ReactNode } from 'react';

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
    volumes: async (api, rows) => (rows.length ? cinderNames(api, 'volume') : {}),
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
      cell: (s, lookups) => (
        <CinderNameLink kind="volume" id={s.volume_id} name={lookups.volumes?.[s.volume_id]} />
      ),
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
      { label: 'Volume', value: (s) => <CinderLink kind="volume" id={s.volume_id} /> },
      { label: 'Group Snapshot', value: (s) => orDash(s.group_snapshot_id) },
      { label: 'Metadata', value: metadataList },
    ],
  },
  emptyMessage: 'No volume snapshots to display.',
};
