'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { volumeBackups } from './volume-backups';

export function VolumeBackupsTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof volumeBackups>>;
}) {
  return <ResourceTable resource={volumeBackups} initial={initial} />;
}
