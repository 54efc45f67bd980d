'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { flavors } from './flavors';

export function FlavorsTable({ initial }: { initial?: InitialList<RowOf<typeof flavors>> }) {
  return <ResourceTable resource={flavors} initial={initial} />;
}
