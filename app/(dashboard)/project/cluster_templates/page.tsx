import { clusterTemplates } from '@/components/cluster-templates/cluster-templates';
import { ClusterTemplatesTable } from '@/components/cluster-templates/cluster-templates-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: clusterTemplates.panel.title };

export default function ClusterTemplatesPage() {
  return <ResourceListPage resource={clusterTemplates} table={ClusterTemplatesTable} />;
}
