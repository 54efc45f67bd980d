'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { volumes } from './volumes';

export function VolumesTable({ initial }: { initial?: InitialList<RowOf<typeof volumes>> }) {
  return <ResourceTable resource={volumes} initial={initial} />;
}
