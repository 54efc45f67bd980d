import { groups } from '@/components/groups/groups';
import { GroupsTable } from '@/components/groups/groups-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import { adminOnlyRefusal } from '@/components/shell/not-authorized';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: groups.panel.title };

export default async function GroupsPage() {
  const refused = await adminOnlyRefusal('Identity');
  if (refused) return refused;
  return <ResourceListPage resource={groups} table={GroupsTable} />;
}
