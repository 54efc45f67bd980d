'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { clusters } from './clusters';

export function ClusterDetail({ id }: { id: string }) {
  return <ResourceDetail resource={clusters} id={id} />;
}
