'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { routers } from './routers';

export function RoutersTable({ initial }: { initial?: InitialList<RowOf<typeof routers>> }) {
  return <ResourceTable resource={routers} initial={initial} />;
}
