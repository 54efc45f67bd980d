'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { keypairs } from './keypairs';

export function KeypairsTable({ initial }: { initial?: InitialList<RowOf<typeof keypairs>> }) {
  return <ResourceTable resource={keypairs} initial={initial} />;
}
