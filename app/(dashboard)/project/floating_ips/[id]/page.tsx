import { FloatingIpDetail } from '@/components/floating-ips/floating-ip-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Floating IP Details' };

export default async function FloatingIpDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <FloatingIpDetail id={decodeURIComponent(id)} />;
}
