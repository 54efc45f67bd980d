'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { resourceTypes } from './resource-types';

export function ResourceTypesTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof resourceTypes>>;
}) {
  return <ResourceTable resource={resourceTypes} initial={initial} />;
}
