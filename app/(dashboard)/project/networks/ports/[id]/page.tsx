import { PortDetail } from '@/components/networks/ports/port-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Port Details' };

export default async function PortDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PortDetail id={decodeURIComponent(id)} />;
}
