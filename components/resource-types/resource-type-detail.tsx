'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { resourceTypes } from './resource-types';

export function ResourceTypeDetail({ id }: { id: string }) {
  return <ResourceDetail resource={resourceTypes} id={id} />;
}
