import { NetworkDetail } from '@/components/networks/network-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Network Details' };

export default async function NetworkDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <NetworkDetail id={decodeURIComponent(id)} />;
}
