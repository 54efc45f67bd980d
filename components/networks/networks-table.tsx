'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { networks } from './networks';

export function NetworksTable({ initial }: { initial?: InitialList<RowOf<typeof networks>> }) {
  return <ResourceTable resource={networks} initial={initial} />;
}
