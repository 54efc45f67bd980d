import { ResourceTypeDetail } from '@/components/resource-types/resource-type-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Resource Type Details' };

export default async function ResourceTypeDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <ResourceTypeDetail id={decodeURIComponent(id)} />;
}
