'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { groups } from './groups';

export function GroupDetail({ id }: { id: string }) {
  return <ResourceDetail resource={groups} id={id} />;
}
