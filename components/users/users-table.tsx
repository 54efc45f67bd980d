'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { users } from './users';

export function UsersTable({ initial }: { initial?: InitialList<RowOf<typeof users>> }) {
  return <ResourceTable resource={users} initial={initial} />;
}
