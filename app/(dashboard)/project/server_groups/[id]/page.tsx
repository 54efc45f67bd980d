import { ServerGroupDetail } from '@/components/server-groups/server-group-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Server Group Details' };

export default async function ServerGroupDetailPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <ServerGroupDetail id={decodeURIComponent(id)} />;
}
