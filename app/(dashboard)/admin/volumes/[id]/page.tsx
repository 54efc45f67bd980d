import { AdminVolumesDetail } from '@/components/volumes/admin-volumes-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Volume Details' };

export default async function AdminVolumesDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <AdminVolumesDetail id={decodeURIComponent(id)} />;
}
