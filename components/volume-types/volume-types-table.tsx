'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { volumeTypes } from './volume-types';

export function VolumeTypesTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof volumeTypes>>;
}) {
  return <ResourceTable resource={volumeTypes} initial={initial} />;
}
