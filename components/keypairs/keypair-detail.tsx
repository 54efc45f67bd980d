'use client';
import { ResourceDetail } from '@/components/resource/resource-detail';
import { keypairs } from '@/lib/resources/keypairs';

export function KeypairDetail({ name }: { name: string }) {
  return <ResourceDetail resource={keypairs} id={name} />;
}
