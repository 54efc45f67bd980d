'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { projects } from './projects';

export function ProjectsTable({ initial }: { initial?: InitialList<RowOf<typeof projects>> }) {
  return <ResourceTable resource={projects} initial={initial} />;
}
