import { KeypairsTable } from '@/components/keypairs/keypairs-table';
import { PageHeader } from '@/components/shell/page-header';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Key Pairs' };

export default function KeyPairsPage() {
  return (
    <>
      <PageHeader
        title="Key Pairs"
        crumbs={[{ label: 'Project' }, { label: 'Compute' }, { label: 'Key Pairs' }]}
      />
      <KeypairsTable />
    </>
  );
}
