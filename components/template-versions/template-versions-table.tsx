'use client';
import { ResourceTable } from '@/components/resource/resource-table';
import type { InitialList } from '@/lib/resources/list-page';
import type { RowOf } from '@/lib/resources/types';
import { templateVersions } from './template-versions';

export function TemplateVersionsTable({
  initial,
}: {
  initial?: InitialList<RowOf<typeof templateVersions>>;
}) {
  return <ResourceTable resource={templateVersions} initial={initial} />;
}
