import { ResourceListPage } from '@/components/resource/resource-list-page';
import { volumeSnapshots } from '@/components/volume-snapshots/volume-snapshots';
import { VolumeSnapshotsTable } from '@/components/volume-snapshots/volume-snapshots-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: volumeSnapshots.panel.title };

export default function VolumeSnapshotsPage() {
  return <ResourceListPage resource={volumeSnapshots} table={VolumeSnapshotsTable} />;
}
