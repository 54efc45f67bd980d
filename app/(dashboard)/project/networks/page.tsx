import { networks } from '@/components/networks/networks';
import { NetworksTable } from '@/components/networks/networks-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: networks.panel.title };

export default function NetworksPage() {
  return <ResourceListPage resource={networks} table={NetworksTable} />;
}
