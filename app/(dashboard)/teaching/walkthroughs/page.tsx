import { PanelHeader } from '@/components/shell/panel-header';
import { WalkthroughsList } from '@/components/walkthroughs/walkthroughs-list';
import { PANELS } from '@/lib/panels';
import { loadWalkthroughs } from '@/lib/walkthroughs/load';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.walkthroughs.title };
export const dynamic = 'force-dynamic';

export default async function WalkthroughsPage() {
  const { walkthroughs, broken } = await loadWalkthroughs();
  return (
    <>
      <PanelHeader panel={PANELS.walkthroughs} />
      <WalkthroughsList walkthroughs={walkthroughs} broken={broken} />
    </>
  );
}
