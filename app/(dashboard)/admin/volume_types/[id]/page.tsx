import { VolumeTypeDetail } from '@/components/volume-types/volume-type-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Volume Type Details' };

export default async function VolumeTypeDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <VolumeTypeDetail id={decodeURIComponent(id)} />;
}
