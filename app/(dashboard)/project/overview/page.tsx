import { Overview } from '@/components/overview/overview';
import { prefetchOverview } from '@/components/overview/prefetch-overview';
import { PanelHeader } from '@/components/shell/panel-header';
import { PANELS } from '@/lib/panels';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.overview.title };

export default async function OverviewPage() {
  const initial = await prefetchOverview();
  return (
    <>
      <PanelHeader panel={PANELS.overview} />
      <Overview initial={initial} />
    </>
  );
}
