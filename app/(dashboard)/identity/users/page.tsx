import { ResourceListPage } from '@/components/resource/resource-list-page';
import { adminOnlyRefusal } from '@/components/shell/not-authorized';
import { users } from '@/components/users/users';
import { UsersTable } from '@/components/users/users-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: users.panel.title };

export default async function UsersPage() {
  const refused = await adminOnlyRefusal('Identity');
  if (refused) return refused;
  return <ResourceListPage resource={users} table={UsersTable} />;
}
