'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { floatingIps } from './floating-ips';

export function FloatingIpDetail({ id }: { id: string }) {
  return <ResourceDetail resource={floatingIps} id={id} />;
}
