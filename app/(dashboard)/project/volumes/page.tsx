import { ResourceListPage } from '@/components/resource/resource-list-page';
import { volumes } from '@/components/volumes/volumes';
import { VolumesTable } from '@/components/volumes/volumes-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: volumes.panel.title };

export default function VolumesPage() {
  return <ResourceListPage resource={volumes} table={VolumesTable} />;
}
