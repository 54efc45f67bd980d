'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { serverGroups } from './server-groups';

export function ServerGroupDetail({ id }: { id: string }) {
  return <ResourceDetail resource={serverGroups} id={id} />;
}
