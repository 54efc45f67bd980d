import { adminInstances } from '@/components/instances/admin-instances';
import { AdminInstancesTable } from '@/components/instances/admin-instances-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: adminInstances.panel.title };

export default function AdminInstancesPage() {
  return <ResourceListPage resource={adminInstances} table={AdminInstancesTable} />;
}
