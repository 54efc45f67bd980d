import { ResourceListPage } from '@/components/resource/resource-list-page';
import { resourceTypes } from '@/components/resource-types/resource-types';
import { ResourceTypesTable } from '@/components/resource-types/resource-types-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: resourceTypes.panel.title };

export default function ResourceTypesPage() {
  return <ResourceListPage resource={resourceTypes} table={ResourceTypesTable} />;
}
