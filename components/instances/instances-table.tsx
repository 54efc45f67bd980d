'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { instances } from './instances';

export function InstancesTable({ initial }: { initial?: InitialList<RowOf<typeof instances>> }) {
  return <ResourceTable resource={instances} initial={initial} />;
}
