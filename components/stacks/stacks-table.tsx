'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { stacks } from './stacks';

export function StacksTable({ initial }: { initial?: InitialList<RowOf<typeof stacks>> }) {
  return <ResourceTable resource={stacks} initial={initial} />;
}
