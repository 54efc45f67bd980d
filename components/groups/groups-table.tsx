'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { groups } from './groups';

export function GroupsTable({ initial }: { initial?: InitialList<RowOf<typeof groups>> }) {
  return <ResourceTable resource={groups} initial={initial} />;
}
