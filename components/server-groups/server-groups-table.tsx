'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import { serverGroups } from '@/lib/resources/server-groups';
import type { RowOf } from '@/lib/resources/types';

export function ServerGroupsTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof serverGroups>>;
}) {
  return <ResourceTable resource={serverGroups} initial={initial} />;
}
