'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { adminFloatingIps } from './admin-floating-ips';

export function AdminFloatingIpsTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof adminFloatingIps>>;
}) {
  return <ResourceTable resource={adminFloatingIps} initial={initial} />;
}

export function AdminFloatingIpsDetail({ id }: { id: string }) {
  return <ResourceDetail resource={adminFloatingIps} id={id} />;
}
