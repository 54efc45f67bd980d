'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { adminRouters } from './admin-routers';

export function AdminRoutersTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof adminRouters>>;
}) {
  return <ResourceTable resource={adminRouters} initial={initial} />;
}

export function AdminRoutersDetail({ id }: { id: string }) {
  return <ResourceDetail resource={adminRouters} id={id} />;
}
