'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import { flavors } from '@/lib/resources/flavors';

export function FlavorsTable() {
  return <ResourceTable resource={flavors} />;
}
