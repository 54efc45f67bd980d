'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { volumeSnapshots } from './volume-snapshots';

export function VolumeSnapshotsTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof volumeSnapshots>>;
}) {
  return <ResourceTable resource={volumeSnapshots} initial={initial} />;
}
