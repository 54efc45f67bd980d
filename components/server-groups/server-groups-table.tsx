'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { serverGroups } from './server-groups';

export function ServerGroupsTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof serverGroups>>;
}) {
  return <ResourceTable resource={serverGroups} initial={initial} />;
}
