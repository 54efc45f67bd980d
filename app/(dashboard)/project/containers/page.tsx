import { containers } from '@/components/containers/containers';
import { ContainersTable } from '@/components/containers/containers-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: containers.panel.title };

export default function ContainersPage() {
  return <ResourceListPage resource={containers} table={ContainersTable} />;
}
