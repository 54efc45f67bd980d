'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { adminVolumes } from './admin-volumes';

export function AdminVolumesTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof adminVolumes>>;
}) {
  return <ResourceTable resource={adminVolumes} initial={initial} />;
}

export function AdminVolumesDetail({ id }: { id: string }) {
  return <ResourceDetail resource={adminVolumes} id={id} />;
}
