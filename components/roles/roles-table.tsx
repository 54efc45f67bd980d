'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { roles } from './roles';

export function RolesTable({ initial }: { initial?: InitialList<RowOf<typeof roles>> }) {
  return <ResourceTable resource={roles} initial={initial} />;
}
