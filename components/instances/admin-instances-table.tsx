'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { adminInstances } from './admin-instances';

export function AdminInstancesTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof adminInstances>>;
}) {
  return <ResourceTable resource={adminInstances} initial={initial} />;
}

export function AdminInstancesDetail({ id }: { id: string }) {
  return <ResourceDetail resource={adminInstances} id={id} />;
}
