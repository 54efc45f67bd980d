import { Hypervisors } from '@/components/hypervisors/hypervisors';
import { PanelHeader } from '@/components/shell/panel-header';
import { PANELS } from '@/lib/panels';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.hypervisors.title };

export default function HypervisorsPage() {
  return (
    <>
      <PanelHeader panel={PANELS.hypervisors} />
      <Hypervisors />
    </>
  );
}
