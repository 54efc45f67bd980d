'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { floatingIps } from './floating-ips';

export function FloatingIpsTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof floatingIps>>;
}) {
  return <ResourceTable resource={floatingIps} initial={initial} />;
}
