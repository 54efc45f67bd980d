'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { instances } from './instances';

export function InstanceDetail({ id }: { id: string }) {
  return <ResourceDetail resource={instances} id={id} />;
}
