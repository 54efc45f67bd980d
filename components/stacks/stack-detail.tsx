'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { stacks } from './stacks';

export function StackDetailPage({ id }: { id: string }) {
  return <ResourceDetail resource={stacks} id={id} />;
}
