'use client';
import { keypairs } from '@/components/keypairs/keypairs';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';

export function KeypairsTable({ initial }: { initial?: InitialList<RowOf<typeof keypairs>> }) {
  return <ResourceTable resource={keypairs} initial={initial} />;
}
