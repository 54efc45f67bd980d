import { StackDetailPage } from '@/components/stacks/stack-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Stack Details' };

export default async function StackPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <StackDetailPage id={decodeURIComponent(id)} />;
}
