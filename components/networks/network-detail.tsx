'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { networks } from './networks';

export function NetworkDetail({ id }: { id: string }) {
  return <ResourceDetail resource={networks} id={id} />;
}
