import { AdminOverview } from '@/components/overview/admin-overview';
import { PanelHeader } from '@/components/shell/panel-header';
import { PANELS } from '@/lib/panels';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.adminOverview.title };

export default function AdminOverviewPage() {
  return (
    <>
      <PanelHeader panel={PANELS.adminOverview} />
      <AdminOverview />
    </>
  );
}
