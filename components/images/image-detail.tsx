'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { images } from './images';

export function ImageDetail({ id }: { id: string }) {
  return <ResourceDetail resource={images} id={id} />;
}
