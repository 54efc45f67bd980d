'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { instances } from './instances';
import { LAUNCH_PARAM, withoutPreset } from './launch-preset';

export function InstancesTable({ initial }: { initial?: InitialList<RowOf<typeof instances>> }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const preset = params.has(LAUNCH_PARAM);
  return (
    <ResourceTable
      resource={instances}
      initial={initial}
      openCreate={preset ? 'launch' : undefined}
      // The link's preset is used once: closing the wizard takes it out of the URL.
      onCreateClose={() => {
        if (preset)
          router.replace(`${pathname}${withoutPreset(params.toString())}`, { scroll: false });
      }}
    />
  );
}
