import { clusters } from '@/components/clusters/clusters';
import { ClustersTable } from '@/components/clusters/clusters-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: clusters.panel.title };

export default function ClustersPage() {
  return <ResourceListPage resource={clusters} table={ClustersTable} />;
}
