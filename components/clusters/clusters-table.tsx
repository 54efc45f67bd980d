'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { clusters } from './clusters';

/** A template's "Create Cluster" links here with ?template=<id>: the wizard opens on it. */
export function ClustersTable({ initial }: { initial?: InitialList<RowOf<typeof clusters>> }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const preset = params.has('template');
  return (
    <ResourceTable
      resource={clusters}
      initial={initial}
      openCreate={preset ? 'create' : undefined}
      onCreateClose={() => {
        if (preset) router.replace(pathname, { scroll: false });
      }}
    />
  );
}
