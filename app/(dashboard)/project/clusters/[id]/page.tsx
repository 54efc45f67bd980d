import { ClusterDetail } from '@/components/clusters/cluster-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Cluster Details' };

export default async function ClusterDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ClusterDetail id={decodeURIComponent(id)} />;
}
