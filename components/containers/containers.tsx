// Containers (Swift). api-ref: object-storage v1, "Accounts" (list) and "Containers".
import { deleteAction } from '@/components/resource/delete-action';
import { SelectedRows } from '@/components/resource/selected-rows';
import { orDash } from '@/components/ui/cells';
import { Timestamp } from '@/components/ui/timestamp';
import type { Api } from '@/lib/openstack/api';
import type { ContainerInfo } from '@/lib/openstack/object-store/containers';
import type { ListQuery, ListResult } from '@/lib/openstack/pagination';
import { PANELS } from '@/lib/panels';
import type { ResourceDefinition, RowAction } from '@/lib/resources/types';
import { deleteContainerEquivalents, setAccessEquivalents } from './containers-equivalents';
import { CreateContainerLauncher } from './create-container';
import { deleteContainerRecursively } from './delete-objects';
import { formatObjectSize } from './object-size';

/** A container as the list shows it: the account listing's counts and its own HEAD's access. */
export type ContainerRow = ContainerInfo;

export function accessLabel(row: { isPublic: boolean }): string {
  return row.isPublic ? 'Public' : 'Not public';
}

async function listContainers(api: Api, query: ListQuery): Promise<ListResult<ContainerRow>> {
  const page = await api.objectStore.pageContainers({
    limit: query.limit,
    marker: query.marker,
    prefix: query.filters?.prefix,
  });
  // The account listing has no ACLs: each container's HEAD says whether it is public.
  const items = await Promise.all(
    page.items.map((c) =>
      api.objectStore.showContainer(c.name).catch((): ContainerRow => ({
        name: c.name,
        objectCount: c.count,
        bytesUsed: c.bytes,
        isPublic: false,
        metadata: {},
      })),
    ),
  );
  return { items, next: page.next };
}

function accessAction(isPublic: boolean): RowAction<ContainerRow> {
  const label = isPublic ? 'Make Public' : 'Make Private';
  return {
    id: isPublic ? 'make-public' : 'make-private',
    label,
    allowed: (row) =>
      row.isPublic === isPublic ? `The container is already ${accessLabel(row)}.` : true,
    run: ({ api }, row) => api.objectStore.setContainerPublic(row.name, isPublic),
    success: (rows) =>
      `${isPublic ? 'Made public' : 'Made private'}: ${rows.map((r) => r.name).join(', ')}`,
    failure: (row) => `Unable to change the access of container "${row.name}"`,
    equivalents: (rows) => setAccessEquivalents(rows[0]?.name ?? '<container>', isPublic),
  };
}

const deleteRecursive: RowAction<ContainerRow> = {
  id: 'delete-recursive',
  label: 'Delete all objects and the container',
  danger: true,
  confirm: {
    title: 'Confirm Delete all objects and the container',
    confirmLabel: 'Delete all objects and the container',
    body: (rows) => (
      <>
        <SelectedRows names={rows.map((r) => r.name)} />
        <p className="text-muted">
          Every object in the container is deleted, then the container. This action cannot be
          undone.
        </p>
      </>
    ),
  },
  run: ({ api }, row) => deleteContainerRecursively(api, row.name),
  success: (rows) => `Deleted Container and its objects: ${rows.map((r) => r.name).join(', ')}`,
  failure: (row) => `Unable to delete Container: ${row.name}`,
  equivalents: (rows) =>
    deleteContainerEquivalents(
      rows.map((r) => r.name),
      true,
    ),
  removesRow: true,
};

export const containers: ResourceDefinition<ContainerRow> = {
  panel: PANELS.containers,
  apiRef: 'object-storage v1: Accounts, Containers',
  singular: 'Container',
  key: (c) => c.name,
  name: (c) => c.name,
  list: listContainers,
  get: (api, name) => api.objectStore.showContainer(name),
  paging: 'server',
  serverFilters: [{ id: 'prefix', label: 'Name starts with', param: 'prefix' }],
  columns: [
    { id: 'name', header: 'Name', cell: (c) => c.name, sortValue: (c) => c.name, link: true },
    {
      id: 'count',
      header: 'Object Count',
      cell: (c) => c.objectCount.toLocaleString('en-US'),
      sortValue: (c) => c.objectCount,
    },
    {
      id: 'size',
      header: 'Size',
      cell: (c) => formatObjectSize(c.bytesUsed),
      sortValue: (c) => c.bytesUsed,
    },
    { id: 'access', header: 'Access', cell: accessLabel, sortValue: accessLabel },
  ],
  createActions: [{ id: 'create', label: 'Create Container', launcher: CreateContainerLauncher }],
  rowActions: [
    accessAction(true),
    accessAction(false),
    deleteAction<ContainerRow>({
      singular: 'Container',
      plural: 'Containers',
      body: 'Swift deletes only an empty container: delete its objects first, or use "Delete all objects and the container".',
      run: ({ api }, c) => api.objectStore.deleteContainer(c.name),
      equivalents: (rows) =>
        deleteContainerEquivalents(
          rows.map((c) => c.name),
          false,
        ),
    }),
    deleteRecursive,
  ],
  detail: {
    fields: [
      { label: 'Name', value: (c) => c.name },
      { label: 'Object Count', value: (c) => c.objectCount.toLocaleString('en-US') },
      { label: 'Size', value: (c) => formatObjectSize(c.bytesUsed) },
      { label: 'Date Created', value: (c) => <Timestamp value={c.created} /> },
      { label: 'Access', value: accessLabel },
      { label: 'Storage Policy', value: (c) => orDash(c.storagePolicy) },
    ],
  },
  emptyMessage: 'No containers yet. Create one to store objects.',
};
