import { AdminNetworksDetail } from '@/components/networks/admin-networks-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Network Details' };

export default async function AdminNetworksDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <AdminNetworksDetail id={decodeURIComponent(id)} />;
}
