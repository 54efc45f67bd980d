import { instances } from '@/components/instances/instances';
import { InstancesTable } from '@/components/instances/instances-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: instances.panel.title };

export default function InstancesPage() {
  return <ResourceListPage resource={instances} table={InstancesTable} />;
}
