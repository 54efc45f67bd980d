import { keypairs } from '@/components/keypairs/keypairs';
import { KeypairsTable } from '@/components/keypairs/keypairs-table';
import { PageHeader } from '@/components/shell/page-header';
import { prefetchList } from '@/lib/prefetch-list';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Key Pairs' };

export default async function KeyPairsPage() {
  const initial = await prefetchList(keypairs);
  return (
    <>
      <PageHeader
        title="Key Pairs"
        crumbs={[{ label: 'Project' }, { label: 'Compute' }, { label: 'Key Pairs' }]}
      />
      <KeypairsTable initial={initial} />
    </>
  );
}
