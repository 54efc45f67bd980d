import { flavors } from '@/components/flavors/flavors';
import { FlavorsTable } from '@/components/flavors/flavors-table';
import { PageHeader } from '@/components/shell/page-header';
import { prefetchList } from '@/lib/prefetch-list';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Flavors' };

export default async function FlavorsPage() {
  const initial = await prefetchList(flavors);
  return (
    <>
      <PageHeader
        title="Flavors"
        crumbs={[{ label: 'Admin' }, { label: 'Compute' }, { label: 'Flavors' }]}
      />
      <FlavorsTable initial={initial} />
    </>
  );
}
