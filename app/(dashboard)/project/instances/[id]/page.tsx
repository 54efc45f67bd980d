import { InstanceDetail } from '@/components/instances/instance-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Instance Details' };

export default async function InstanceDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <InstanceDetail id={decodeURIComponent(id)} />;
}
