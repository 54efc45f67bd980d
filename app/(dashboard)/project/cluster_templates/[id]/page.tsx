import { ClusterTemplateDetail } from '@/components/cluster-templates/cluster-template-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Cluster Template Details' };

export default async function ClusterTemplateDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <ClusterTemplateDetail id={decodeURIComponent(id)} />;
}
