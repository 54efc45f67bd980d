import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/shell/page-header';
import { WalkthroughDetail } from '@/components/walkthroughs/walkthrough-detail';
import { PANELS } from '@/lib/panels';
import { loadWalkthroughs } from '@/lib/walkthroughs/load';
import type { Metadata } from 'next';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const w = (await loadWalkthroughs()).walkthroughs.find((x) => x.id === id);
  return { title: w?.title ?? PANELS.walkthroughs.title };
}

export default async function WalkthroughPage({ params }: Params) {
  const { id } = await params;
  const { walkthroughs } = await loadWalkthroughs();
  const w = walkthroughs.find((x) => x.id === id);
  if (!w) notFound();
  const panel = PANELS.walkthroughs;
  return (
    <>
      <PageHeader
        title={w.title}
        crumbs={[
          { label: panel.dashboard },
          { label: panel.group },
          { label: panel.title, href: panel.path },
          { label: w.title },
        ]}
      />
      <WalkthroughDetail
        walkthrough={w}
        titles={Object.fromEntries(walkthroughs.map((x) => [x.id, x.title]))}
      />
    </>
  );
}
