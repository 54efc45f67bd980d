import { VolumeDetailPage } from '@/components/volumes/volume-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Volume Details' };

export default async function VolumePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <VolumeDetailPage id={decodeURIComponent(id)} />;
}
