// Project → Volumes → Backups. api-ref: block-storage v3, "Backups (backups)".
import { CinderLink, CinderNameLink } from '@/components/resource/cinder-links';
import { Mono, orDash } from '@/components/ui/cells';
import { StatusBadge } from '@/components/ui/status-badge';
import { cinderNames } from '@/lib/openstack/volume/cinder-names';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition } from '@/lib/resources/types';
import { backupRow, isTransitional, sizeText, statusLabel, type BackupRow } from './backup-row';
import { backupRowActions } from './backup-row-actions';

const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');

const volumeCell = (b: BackupRow, names?: Record<string, string>) => (
  <CinderNameLink kind="volume" id={b.volume_id} name={names?.[b.volume_id]} />
);

const snapshotCell = (b: BackupRow, names?: Record<string, string>) =>
  b.snapshot_id ? (
    <CinderNameLink kind="snapshot" id={b.snapshot_id} name={names?.[b.snapshot_id]} />
  ) : (
    '-'
  );

const status = (b: BackupRow) => <StatusBadge status={b.status} label={statusLabel(b.status)} />;

export const volumeBackups: ResourceDefinition<BackupRow> = {
  panel: PANELS.volumeBackups,
  apiRef: 'block-storage v3: Backups (backups)',
  singular: 'Volume Backup',
  key: (b) => b.id,
  name: (b) => b.name,
  list: async (api, query) => {
    const page = await api.volume.pageBackups(query);
    return { next: page.next, items: page.items.map(backupRow) };
  },
  get: async (api, id) => backupRow(await api.volume.getBackup(id)),
  paging: 'server',
  serverFilters: [
    { id: 'name', label: 'Name', param: 'name' },
    { id: 'status', label: 'Status', param: 'status' },
  ],
  lookups: {
    volumes: async (api, rows) => (rows.length ? cinderNames(api, 'volume') : {}),
    snapshots: async (api, rows) =>
      rows.some((b) => b.snapshot_id) ? cinderNames(api, 'snapshot') : {},
  },
  lookupKey: (b) => `${b.id}:${b.volume_id}:${b.snapshot_id ?? ''}`,
  transitional: isTransitional,
  columns: [
    { id: 'name', header: 'Name', cell: (b) => b.name, sortValue: (b) => b.name, link: true },
    { id: 'description', header: 'Description', cell: (b) => orDash(b.description) },
    {
      id: 'size',
      header: 'Size',
      cell: (b) => sizeText(b.size),
      sortValue: (b) => b.size ?? 0,
      className: 'whitespace-nowrap',
    },
    { id: 'status', header: 'Status', cell: status, sortValue: (b) => b.status },
    { id: 'incremental', header: 'Incremental', cell: (b) => yesNo(b.is_incremental) },
    { id: 'volume', header: 'Volume Name', cell: (b, l) => volumeCell(b, l.volumes) },
    { id: 'snapshot', header: 'Snapshot', cell: (b, l) => snapshotCell(b, l.snapshots) },
  ],
  createActions: [],
  rowActions: backupRowActions,
  detail: {
    fields: [
      { label: 'Name', value: (b) => b.name },
      { label: 'ID', value: (b) => <Mono>{b.id}</Mono> },
      { label: 'Description', value: (b) => orDash(b.description) },
      { label: 'Status', value: status },
      { label: 'Fail Reason', value: (b) => orDash(b.fail_reason) },
      { label: 'Size', value: (b) => sizeText(b.size) },
      { label: 'Incremental', value: (b) => yesNo(b.is_incremental) },
      { label: 'Has Dependent Backups', value: (b) => yesNo(b.has_dependent_backups) },
      { label: 'Container', value: (b) => orDash(b.container) },
      { label: 'Availability Zone', value: (b) => orDash(b.availability_zone) },
      { label: 'Object Count', value: (b) => orDash(b.object_count) },
      { label: 'Created', value: (b) => b.created_at },
      { label: 'Volume', value: (b) => <CinderLink kind="volume" id={b.volume_id} /> },
      {
        label: 'Snapshot',
        value: (b) => (b.snapshot_id ? <CinderLink kind="snapshot" id={b.snapshot_id} /> : '-'),
      },
    ],
  },
  emptyMessage: 'No volume backups to display.',
};
