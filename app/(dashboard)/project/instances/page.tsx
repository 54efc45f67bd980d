import { instances } from '@/components/instances/instances';
import { InstancesTable } from '@/components/instances/instances-table';
import { PageHeader } from '@/components/shell/page-header';
import { prefetchList } from '@/lib/prefetch-list';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Instances' };

export default async function InstancesPage() {
  const initial = await prefetchList(instances);
  return (
    <>
      <PageHeader
        title="Instances"
        crumbs={[{ label: 'Project' }, { label: 'Compute' }, { label: 'Instances' }]}
      />
      <InstancesTable initial={initial} />
    </>
  );
}
