'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { volumeTypes } from './volume-types';

export function VolumeTypeDetail({ id }: { id: string }) {
  return <ResourceDetail resource={volumeTypes} id={id} />;
}
