import { ServerGroupsTable } from '@/components/server-groups/server-groups-table';
import { PageHeader } from '@/components/shell/page-header';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Server Groups' };

export default function ServerGroupsPage() {
  return (
    <>
      <PageHeader
        title="Server Groups"
        crumbs={[{ label: 'Project' }, { label: 'Compute' }, { label: 'Server Groups' }]}
      />
      <ServerGroupsTable />
    </>
  );
}
