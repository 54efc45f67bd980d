import { ResourceListPage } from '@/components/resource/resource-list-page';
import { adminRouters } from '@/components/routers/admin-routers';
import { AdminRoutersTable } from '@/components/routers/admin-routers-table';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: adminRouters.panel.title };

export default function AdminRoutersPage() {
  return <ResourceListPage resource={adminRouters} table={AdminRoutersTable} />;
}
