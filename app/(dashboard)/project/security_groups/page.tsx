import { ResourceListPage } from '@/components/resource/resource-list-page';
import { securityGroups } from '@/components/security-groups/security-groups';
import { SecurityGroupsTable } from '@/components/security-groups/security-groups-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: securityGroups.panel.title };

export default function SecurityGroupsPage() {
  return <ResourceListPage resource={securityGroups} table={SecurityGroupsTable} />;
}
