'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { keypairs } from './keypairs';

export function KeypairDetail({ name }: { name: string }) {
  return <ResourceDetail resource={keypairs} id={name} />;
}
