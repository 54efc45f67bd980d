import { adminFloatingIps } from '@/components/floating-ips/admin-floating-ips';
import { AdminFloatingIpsTable } from '@/components/floating-ips/admin-floating-ips-table';
import { ResourceListPage } from '@/components/resource/resource-list-page';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: adminFloatingIps.panel.title };

export default function AdminFloatingIpsPage() {
  return <ResourceListPage resource={adminFloatingIps} table={AdminFloatingIpsTable} />;
}
