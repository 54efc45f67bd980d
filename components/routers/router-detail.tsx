'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { routers } from './routers';

export function RouterDetail({ id }: { id: string }) {
  return <ResourceDetail resource={routers} id={id} />;
}
