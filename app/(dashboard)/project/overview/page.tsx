import { Overview } from '@/components/overview/overview';
import { PageHeader } from '@/components/shell/page-header';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Overview' };

export default function OverviewPage() {
  return (
    <>
      <PageHeader
        title="Overview"
        crumbs={[{ label: 'Project' }, { label: 'Compute' }, { label: 'Overview' }]}
      />
      <Overview />
    </>
  );
}
