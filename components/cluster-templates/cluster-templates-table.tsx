'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { clusterTemplates } from './cluster-templates';

export function ClusterTemplatesTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof clusterTemplates>>;
}) {
  return <ResourceTable resource={clusterTemplates} initial={initial} />;
}
