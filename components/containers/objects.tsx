// A container's objects and pseudo-folders. api-ref: object-storage v1, "Containers"
// (listing with prefix/delimiter/marker) and "Objects".
import Link from 'next/link';
import { SelectedRows } from '@/components/resource/selected-rows';
import { Timestamp } from '@/components/ui/timestamp';
import type { Api } from '@/lib/openstack/api';
import type { ListingEntry } from '@/lib/openstack/object-store/swift-schemas';
import type { ListQuery, ListResult } from '@/lib/openstack/pagination';
import { PANELS } from '@/lib/panels';
import {
  formRowAction,
  type FormCreateAction,
  type LauncherCreateAction,
  type ResourceDefinition,
  type RowAction,
} from '@/lib/resources/types';
import { copyObjectInput, createFolderInput } from './container-inputs';
import { downloadHref, folderHref } from './container-paths';
import {
  copyObjectEquivalents,
  createFolderEquivalents,
  deleteFolderEquivalents,
  deleteObjectEquivalents,
  downloadObjectEquivalents,
} from './containers-equivalents';
import { batchedObjectDelete, deleteObjects } from './delete-objects';
import { formatObjectSize } from './object-size';

export type ObjectRow = ListingEntry;

export interface ObjectsOptions {
  container: string;
  /** The folder shown, "" or ending in "/". */
  prefix: string;
  /** Upload File's dialog (a file picker with progress bars: too rich for a form). */
  upload: LauncherCreateAction['launcher'];
  /** Where View Details and Edit open their dialogs (this page with a query). */
  pageHref: string;
}

/** Folders first, then objects, as Horizon lists them; the folder's own marker object left out. */
export function sortListing(entries: ObjectRow[], prefix: string): ObjectRow[] {
  const visible = entries.filter((e) => e.name !== prefix);
  return [
    ...visible.filter((e) => e.kind === 'folder'),
    ...visible.filter((e) => e.kind === 'object'),
  ];
}

/** The name below the folder shown; a folder without its trailing "/", as Horizon shows it. */
function shortName(row: ObjectRow, prefix: string): string {
  const rest = row.name.slice(prefix.length);
  return row.kind === 'folder' ? rest.replace(/\/$/, '') : rest;
}

export function objectsResource(options: ObjectsOptions): ResourceDefinition<ObjectRow> {
  const { container, prefix } = options;
  const removeObject = batchedObjectDelete(container);
  const isObject = (row: ObjectRow) => (row.kind === 'object' ? true : 'This is a folder.');
  const isFolder = (row: ObjectRow) => (row.kind === 'folder' ? true : 'This is an object.');
  const withQuery = (key: string, name: string) =>
    `${options.pageHref}?${new URLSearchParams({ [key]: name }).toString()}`;

  async function list(api: Api, query: ListQuery): Promise<ListResult<ObjectRow>> {
    const page = await api.objectStore.pageObjects(container, {
      limit: query.limit,
      marker: query.marker,
      prefix: `${prefix}${query.filters?.prefix ?? ''}`,
      delimiter: '/',
    });
    return { items: sortListing(page.items, prefix), next: page.next };
  }

  const details: RowAction<ObjectRow> = {
    id: 'details',
    label: 'View Details',
    allowed: isObject,
    href: (row) => withQuery('details', row.name),
    run: async () => undefined,
    success: () => '',
    failure: (row) => `Unable to show ${row.name}`,
  };

  const download: RowAction<ObjectRow> = {
    id: 'download',
    label: 'Download',
    allowed: isObject,
    // A top-level navigation: the browser saves the attachment and the page stays.
    run: async (_ctx, row) => {
      window.location.assign(downloadHref(container, row.name));
    },
    success: (rows) => `Downloading ${rows.map((r) => shortName(r, prefix)).join(', ')}`,
    failure: (row) => `Unable to download ${row.name}`,
    equivalents: (rows) => downloadObjectEquivalents(container, rows[0]?.name ?? '<object>'),
  };

  const edit: RowAction<ObjectRow> = {
    id: 'edit',
    label: 'Edit',
    allowed: isObject,
    href: (row) => withQuery('edit', row.name),
    run: async () => undefined,
    success: () => '',
    failure: (row) => `Unable to edit ${row.name}`,
  };

  const copy = formRowAction<ObjectRow, typeof copyObjectInput>({
    id: 'copy',
    label: 'Copy',
    allowed: isObject,
    form: (_ctx, row) => ({
      title: `Copy Object: ${row.name}`,
      submitLabel: 'Copy Object',
      description:
        'Swift copies the object on the server: nothing passes through your browser. A "/" in the name puts the copy in a folder. The destination container must exist.',
      schema: copyObjectInput,
      defaults: { container, name: `${row.name}.copy` },
      fields: [
        { name: 'container', label: 'Destination Container', kind: 'text', required: true },
        { name: 'name', label: 'Destination Object Name', kind: 'text', required: true },
      ],
    }),
    run: ({ api }, row, input) => api.objectStore.copyObject({ container, name: row.name }, input),
    success: (rows, input) =>
      `Copied "${rows[0]?.name ?? ''}" to "${input.container}/${input.name}".`,
    failure: (row) => `Unable to copy object "${row.name}"`,
    equivalents: (rows, values) =>
      copyObjectEquivalents(
        { container, name: rows[0]?.name ?? '<object>' },
        {
          container: typeof values?.container === 'string' ? values.container : '<container>',
          name: typeof values?.name === 'string' ? values.name : '<name>',
        },
      ),
  });

  const remove: RowAction<ObjectRow> = {
    id: 'delete',
    label: 'Delete Object',
    danger: true,
    allowed: isObject,
    batch: { label: 'Delete Objects' },
    confirm: {
      title: 'Confirm Delete Object',
      confirmLabel: 'Delete',
      body: (rows) => (
        <>
          <SelectedRows names={rows.map((r) => r.name)} />
          <p className="text-muted">This action cannot be undone.</p>
        </>
      ),
    },
    run: ({ api }, row) => removeObject(api, row.name),
    success: (rows) =>
      `Deleted ${rows.length === 1 ? 'Object' : 'Objects'}: ${rows.map((r) => r.name).join(', ')}`,
    failure: (row) => `Unable to delete Object: ${row.name}`,
    equivalents: (rows) =>
      deleteObjectEquivalents(
        container,
        rows.map((r) => r.name),
      ),
    removesRow: true,
  };

  const removeFolder: RowAction<ObjectRow> = {
    id: 'delete-folder',
    label: 'Delete Folder',
    danger: true,
    allowed: isFolder,
    confirm: {
      title: 'Confirm Delete Folder',
      confirmLabel: 'Delete Folder',
      body: (rows) => (
        <>
          <SelectedRows names={rows.map((r) => r.name)} />
          <p className="text-muted">
            Every object in the folder and its sub-folders is deleted. This action cannot be undone.
          </p>
        </>
      ),
    },
    run: async ({ api }, row) => {
      const entries = await api.objectStore.listObjects(container, { prefix: row.name });
      await deleteObjects(
        api,
        container,
        entries.flatMap((e) => (e.kind === 'object' ? [e.name] : [])),
      );
    },
    success: (rows) => `Deleted Folder: ${rows.map((r) => r.name).join(', ')}`,
    failure: (row) => `Unable to delete Folder: ${row.name}`,
    equivalents: (rows) => deleteFolderEquivalents(container, rows[0]?.name ?? '<folder>/'),
    removesRow: true,
  };

  const createFolder: FormCreateAction = {
    id: 'create-folder',
    label: 'Create Folder',
    form: {
      title: 'Create Folder',
      submitLabel: 'Create Folder',
      description: `A folder is an empty object whose name ends in "/"; it is made in ${prefix ? `"${prefix}"` : 'the top of the container'}. A "/" inside the name makes nested folders.`,
      schema: createFolderInput,
      defaults: { name: '' },
      fields: [{ name: 'name', label: 'Folder Name', kind: 'text', required: true }],
    },
    run: ({ api }, input) => {
      const { name } = input as { name: string };
      return api.objectStore.createFolder(container, `${prefix}${name.replace(/\/+$/, '')}`);
    },
    success: (input) => `Folder "${(input as { name: string }).name}" created.`,
    equivalents: (values) =>
      createFolderEquivalents(
        container,
        `${prefix}${typeof values.name === 'string' && values.name ? values.name : '<folder>'}`,
      ),
  };

  return {
    panel: {
      ...PANELS.containers,
      id: `container-objects:${container}:${prefix}`,
      title: 'Objects',
      path: folderHref(container, prefix),
    },
    apiRef: 'object-storage v1: Containers, Objects',
    singular: 'Object',
    key: (row) => row.name,
    name: (row) => shortName(row, prefix),
    list,
    paging: 'server',
    serverFilters: [{ id: 'prefix', label: 'Name starts with', param: 'prefix' }],
    columns: [
      {
        id: 'name',
        header: 'Name',
        cell: (row) =>
          row.kind === 'folder' ? (
            <Link
              href={folderHref(container, row.name)}
              className="font-medium text-accent hover:underline"
            >
              {shortName(row, prefix)}
            </Link>
          ) : (
            <Link
              href={withQuery('details', row.name)}
              className="font-medium text-accent hover:underline"
            >
              {shortName(row, prefix)}
            </Link>
          ),
        className: 'break-all',
      },
      {
        id: 'size',
        header: 'Size',
        cell: (row) => (row.kind === 'object' ? formatObjectSize(row.bytes) : ''),
        sortValue: (row) => (row.kind === 'object' ? row.bytes : -1),
      },
      {
        id: 'modified',
        header: 'Date Modified',
        cell: (row) => (row.kind === 'object' ? <Timestamp value={row.last_modified} /> : ''),
        sortValue: (row) => (row.kind === 'object' ? row.last_modified : ''),
      },
      {
        id: 'type',
        header: 'Type',
        cell: (row) => (row.kind === 'folder' ? 'Folder' : row.content_type),
        className: 'break-all',
      },
    ],
    createActions: [{ id: 'upload', label: 'Upload File', launcher: options.upload }, createFolder],
    rowActions: [details, download, edit, copy, remove, removeFolder],
    emptyMessage: prefix ? 'This folder is empty.' : 'This container is empty.',
  };
}
