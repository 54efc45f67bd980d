'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import { containers, type ContainerRow } from './containers';

export function ContainersTable({ initial }: { initial?: InitialList<ContainerRow> }) {
  return <ResourceTable resource={containers} initial={initial} />;
}
