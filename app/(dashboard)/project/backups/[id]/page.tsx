import { VolumeBackupDetail } from '@/components/volume-backups/volume-backup-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Volume Backup Details' };

export default async function VolumeBackupDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <VolumeBackupDetail id={decodeURIComponent(id)} />;
}
