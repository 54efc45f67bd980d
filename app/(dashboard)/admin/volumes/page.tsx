import { ResourceListPage } from '@/components/resource/resource-list-page';
import { adminVolumes } from '@/components/volumes/admin-volumes';
import { AdminVolumesTable } from '@/components/volumes/admin-volumes-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: adminVolumes.panel.title };

export default function AdminVolumesPage() {
  return <ResourceListPage resource={adminVolumes} table={AdminVolumesTable} />;
}
