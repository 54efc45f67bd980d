import { ResourceListPage } from '@/components/resource/resource-list-page';
import { users } from '@/components/users/users';
import { UsersTable } from '@/components/users/users-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: users.panel.title };

export default function UsersPage() {
  return <ResourceListPage resource={users} table={UsersTable} />;
}
