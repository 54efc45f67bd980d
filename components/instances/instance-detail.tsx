'use client';
import { instances } from '@/components/instances/instances';
import { ResourceDetail } from '@/components/resource/resource-detail';

export function InstanceDetail({ id }: { id: string }) {
  return <ResourceDetail resource={instances} id={id} />;
}
