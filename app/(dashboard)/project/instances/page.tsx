import { InstancesTable } from '@/components/instances/instances-table';
import { PageHeader } from '@/components/shell/page-header';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Instances' };

export default function InstancesPage() {
  return (
    <>
      <PageHeader
        title="Instances"
        crumbs={[{ label: 'Project' }, { label: 'Compute' }, { label: 'Instances' }]}
      />
      <InstancesTable />
    </>
  );
}
