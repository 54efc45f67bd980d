import { LaunchInstanceButton } from '@/components/instances/launch-instance-button';
import { NetworkTopology } from '@/components/network-topology/network-topology';
import { prefetchTopology } from '@/components/network-topology/prefetch-topology';
import { PanelHeader } from '@/components/shell/panel-header';
import { PANELS } from '@/lib/panels';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.networkTopology.title };

export default async function NetworkTopologyPage() {
  const initial = await prefetchTopology();
  return (
    <>
      <PanelHeader panel={PANELS.networkTopology} />
      {/* TODO(lead, after merge): add <CreateNetworkButton /> and <CreateRouterButton /> before Launch Instance. */}
      <NetworkTopology toolbar={<LaunchInstanceButton />} initial={initial} />
    </>
  );
}
