import { Overview } from '@/components/overview/overview';
import { PanelHeader } from '@/components/shell/panel-header';
import { PANELS } from '@/lib/panels';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.overview.title };

export default function OverviewPage() {
  return (
    <>
      <PanelHeader panel={PANELS.overview} />
      <Overview />
    </>
  );
}
