'use client';
import { keypairs } from '@/components/keypairs/keypairs';
import { ResourceDetail } from '@/components/resource/resource-detail';

export function KeypairDetail({ name }: { name: string }) {
  return <ResourceDetail resource={keypairs} id={name} />;
}
