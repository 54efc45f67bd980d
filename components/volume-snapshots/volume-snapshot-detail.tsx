'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { volumeSnapshots } from './volume-snapshots';

export function VolumeSnapshotDetail({ id }: { id: string }) {
  return <ResourceDetail resource={volumeSnapshots} id={id} />;
}
