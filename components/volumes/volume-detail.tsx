'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { volumes } from './volumes';

export function VolumeDetailPage({ id }: { id: string }) {
  return <ResourceDetail resource={volumes} id={id} />;
}
