import { ResourceListPage } from '@/components/resource/resource-list-page';
import { roles } from '@/components/roles/roles';
import { RolesTable } from '@/components/roles/roles-table';
import { adminOnlyRefusal } from '@/components/shell/not-authorized';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: roles.panel.title };

export default async function RolesPage() {
  const refused = await adminOnlyRefusal('Identity');
  if (refused) return refused;
  return <ResourceListPage resource={roles} table={RolesTable} />;
}
