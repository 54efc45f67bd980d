import { classWalkthroughs } from '@/components/class-progress/class-progress-data';
import { ClassProgressTable } from '@/components/class-progress/class-progress-table';
import { DEFAULT_STUDENT_FILTER } from '@/components/class-progress/roster';
import { PanelHeader } from '@/components/shell/panel-header';
import { PANELS } from '@/lib/panels';
import { loadWalkthroughs } from '@/lib/walkthroughs/load';
import type { Metadata } from 'next';

export const metadata: Metadata = { title: PANELS.classProgress.title };

export default async function ClassProgressPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { students } = await searchParams;
  const { walkthroughs } = await loadWalkthroughs();
  return (
    <>
      <PanelHeader panel={PANELS.classProgress} />
      <ClassProgressTable
        walkthroughs={classWalkthroughs(walkthroughs)}
        initialFilter={typeof students === 'string' ? students : DEFAULT_STUDENT_FILTER}
      />
    </>
  );
}
