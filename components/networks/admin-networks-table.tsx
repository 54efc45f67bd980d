'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { adminNetworks } from './admin-networks';

export function AdminNetworksTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof adminNetworks>>;
}) {
  return <ResourceTable resource={adminNetworks} initial={initial} />;
}

export function AdminNetworksDetail({ id }: { id: string }) {
  return <ResourceDetail resource={adminNetworks} id={id} />;
}
