import { ImageDetail } from '@/components/images/image-detail';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Image Details' };

export default async function ImageDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ImageDetail id={decodeURIComponent(id)} />;
}
