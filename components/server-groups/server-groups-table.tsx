'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import { serverGroups } from '@/components/server-groups/server-groups';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';

export function ServerGroupsTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof serverGroups>>;
}) {
  return <ResourceTable resource={serverGroups} initial={initial} />;
}
