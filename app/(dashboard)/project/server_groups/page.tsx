import { serverGroups } from '@/components/server-groups/server-groups';
import { ServerGroupsTable } from '@/components/server-groups/server-groups-table';
import { PageHeader } from '@/components/shell/page-header';
import { prefetchList } from '@/lib/prefetch-list';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Server Groups' };

export default async function ServerGroupsPage() {
  const initial = await prefetchList(serverGroups);
  return (
    <>
      <PageHeader
        title="Server Groups"
        crumbs={[{ label: 'Project' }, { label: 'Compute' }, { label: 'Server Groups' }]}
      />
      <ServerGroupsTable initial={initial} />
    </>
  );
}
