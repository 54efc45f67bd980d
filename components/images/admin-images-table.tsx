'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { adminImages } from './admin-images';

export function AdminImagesTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof adminImages>>;
}) {
  return <ResourceTable resource={adminImages} initial={initial} />;
}

export function AdminImagesDetail({ id }: { id: string }) {
  return <ResourceDetail resource={adminImages} id={id} />;
}
