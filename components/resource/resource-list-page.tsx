// The page of a list panel (server side): its header from the registry and its
// table, with the first page of rows fetched while the page renders.
import { PanelHeader } from '@/components/shell/panel-header';
import { prefetchList } from '@/lib/prefetch-list';
import type { InitialList } from '@/lib/resources/list-page';
import type { ResourceDefinition } from '@/lib/resources/types';
import type { ComponentType } from 'react';

export async function ResourceListPage<T>({
  resource,
  table: Table,
}: {
  resource: ResourceDefinition<T>;
  /** The panel's client table (a resource definition holds functions, so it cannot be passed down as data). */
  table: ComponentType<{ initial?: InitialList<T> }>;
}) {
  const initial = await prefetchList(resource);
  return (
    <>
      <PanelHeader panel={resource.panel} />
      <Table initial={initial} />
    </>
  );
}
