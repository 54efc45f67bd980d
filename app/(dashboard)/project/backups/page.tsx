import { ResourceListPage } from '@/components/resource/resource-list-page';
import { volumeBackups } from '@/components/volume-backups/volume-backups';
import { VolumeBackupsTable } from '@/components/volume-backups/volume-backups-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: volumeBackups.panel.title };

export default function VolumeBackupsPage() {
  return <ResourceListPage resource={volumeBackups} table={VolumeBackupsTable} />;
}
