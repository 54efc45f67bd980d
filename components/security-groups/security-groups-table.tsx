'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { securityGroups } from './security-groups';

export function SecurityGroupsTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof securityGroups>>;
}) {
  return <ResourceTable resource={securityGroups} initial={initial} />;
}
