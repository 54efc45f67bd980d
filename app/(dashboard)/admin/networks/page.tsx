import { adminNetworks } from '@/components/networks/admin-networks';
import { AdminNetworksTable } from '@/components/networks/admin-networks-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: adminNetworks.panel.title };

export default function AdminNetworksPage() {
  return <ResourceListPage resource={adminNetworks} table={AdminNetworksTable} />;
}
