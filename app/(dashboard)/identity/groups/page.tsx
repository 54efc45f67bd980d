import { groups } from '@/components/groups/groups';
import { GroupsTable } from '@/components/groups/groups-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: groups.panel.title };

export default function GroupsPage() {
  return <ResourceListPage resource={groups} table={GroupsTable} />;
}
