import { FlavorsTable } from '@/components/flavors/flavors-table';
import { PageHeader } from '@/components/shell/page-header';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Flavors' };

export default function FlavorsPage() {
  return (
    <>
      <PageHeader
        title="Flavors"
        crumbs={[{ label: 'Admin' }, { label: 'Compute' }, { label: 'Flavors' }]}
      />
      <FlavorsTable />
    </>
  );
}
