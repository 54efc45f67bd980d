import { VolumeSnapshotDetail } from '@/components/volume-snapshots/volume-snapshot-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Volume Snapshot Details' };

export default async function VolumeSnapshotDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <VolumeSnapshotDetail id={decodeURIComponent(id)} />;
}
