import { LaunchInstanceButton } from '@/components/instances/launch-instance-button';
import { NetworkTopology } from '@/components/network-topology/network-topology';
import { prefetchTopology } from '@/components/network-topology/prefetch-topology';
import { CreateNetworkButton } from '@/components/networks/create-network-button';
import { CreateRouterButton } from '@/components/routers/create-router-button';
import { PanelHeader } from '@/components/shell/panel-header';
import { PANELS } from '@/lib/panels';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.networkTopology.title };

export default async function NetworkTopologyPage() {
  const initial = await prefetchTopology();
  return (
    <>
      <PanelHeader panel={PANELS.networkTopology} />
      <NetworkTopology
        toolbar={
          <>
            <CreateNetworkButton />
            <CreateRouterButton />
            <LaunchInstanceButton />
          </>
        }
        initial={initial}
      />
    </>
  );
}
