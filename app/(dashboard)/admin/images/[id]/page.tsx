import { AdminImagesDetail } from '@/components/images/admin-images-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Image Details' };

export default async function AdminImagesDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <AdminImagesDetail id={decodeURIComponent(id)} />;
}
