'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import { keypairs } from '@/lib/resources/keypairs';

export function KeypairsTable() {
  return <ResourceTable resource={keypairs} />;
}
