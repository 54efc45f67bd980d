'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import { instances } from '@/lib/resources/instances';

export function InstancesTable() {
  return <ResourceTable resource={instances} />;
}
