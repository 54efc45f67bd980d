'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import { serverGroups } from '@/lib/resources/server-groups';

export function ServerGroupsTable() {
  return <ResourceTable resource={serverGroups} />;
}
