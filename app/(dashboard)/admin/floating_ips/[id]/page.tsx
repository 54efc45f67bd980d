import { AdminFloatingIpsDetail } from '@/components/floating-ips/admin-floating-ips-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Floating IP Details' };

export default async function AdminFloatingIpsDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <AdminFloatingIpsDetail id={decodeURIComponent(id)} />;
}
