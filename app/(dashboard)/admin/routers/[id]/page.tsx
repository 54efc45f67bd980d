import { AdminRoutersDetail } from '@/components/routers/admin-routers-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Router Details' };

export default async function AdminRoutersDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <AdminRoutersDetail id={decodeURIComponent(id)} />;
}
