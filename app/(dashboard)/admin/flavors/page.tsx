import { flavors } from '@/components/flavors/flavors';
import { FlavorsTable } from '@/components/flavors/flavors-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: flavors.panel.title };

export default function FlavorsPage() {
  return <ResourceListPage resource={flavors} table={FlavorsTable} />;
}
