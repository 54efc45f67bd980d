import { instances } from '@/components/instances/instances';
import { InstancesTable } from '@/components/instances/instances-table';
import { ListPage } from '@/components/resource/list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: instances.panel.title };

export default function InstancesPage() {
  return <ListPage resource={instances} table={InstancesTable} />;
}
