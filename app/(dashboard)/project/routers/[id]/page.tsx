import { RouterDetail } from '@/components/routers/router-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Router Details' };

export default async function RouterDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RouterDetail id={decodeURIComponent(id)} />;
}
