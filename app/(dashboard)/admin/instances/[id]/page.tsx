import { AdminInstancesDetail } from '@/components/instances/admin-instances-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Instance Details' };

export default async function AdminInstancesDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <AdminInstancesDetail id={decodeURIComponent(id)} />;
}
