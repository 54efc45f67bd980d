import { ResourceListPage } from '@/components/resource/resource-list-page';
import { serverGroups } from '@/components/server-groups/server-groups';
import { ServerGroupsTable } from '@/components/server-groups/server-groups-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: serverGroups.panel.title };

export default function ServerGroupsPage() {
  return <ResourceListPage resource={serverGroups} table={ServerGroupsTable} />;
}
