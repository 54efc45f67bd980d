import { ResourceListPage } from '@/components/resource/resource-list-page';
import { roles } from '@/components/roles/roles';
import { RolesTable } from '@/components/roles/roles-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: roles.panel.title };

export default function RolesPage() {
  return <ResourceListPage resource={roles} table={RolesTable} />;
}
