// The shape of a resource definition: data plus small functions, read by the
// generic table, action menu, form dialog and poller.
import type { DataTableColumn } from '@/components/ui/data-table/data-table';
import type { Equivalents } from '@/lib/equivalents/types';
import type { FormSpec, FormValues } from '@/lib/forms/types';
import type { Api } from '@/lib/openstack/api';
import type { ListQuery, ListResult } from '@/lib/openstack/pagination';
import type { PublicSession } from '@/lib/session-token';
import type { Panel } from './panels';
import type { ReactNode } from 'react';
import type { z } from 'zod';

export interface ActionContext {
  api: Api;
  session: PublicSession;
}

/** `true`, or the reason the action is not available for this row. */
export type Allowed = true | string;

export interface CreateAction<S extends z.ZodType = z.ZodType, R = unknown> {
  id: string;
  label: string;
  form: FormSpec<S>;
  run: (ctx: ActionContext, input: z.infer<S>) => Promise<R>;
  success: (input: z.infer<S>, result: R) => string;
  equivalents?: (values: FormValues) => Equivalents;
  /** Shown in the dialog after success instead of closing it (one-time secrets). */
  renderResult?: (result: R, close: () => void) => ReactNode;
}

export interface RowAction<T> {
  id: string;
  label: string;
  danger?: boolean;
  allowed?: (row: T, session: PublicSession) => Allowed;
  /** Ask before acting; the same dialog serves one row and a selection. */
  confirm?: { title: string; confirmLabel: string; body?: (rows: T[]) => ReactNode };
  /** Also offered in the table toolbar for the selected rows. */
  batch?: { label: string };
  run: (ctx: ActionContext, row: T) => Promise<void>;
  /** Message after success, e.g. "Deleted Key Pair: a, b". */
  success: (rows: T[]) => string;
  /** Title of the error for one row, e.g. "Unable to delete Key Pair: a". */
  failure: (row: T) => string;
  equivalents?: (rows: T[]) => Equivalents;
  /** The row is gone after success: drop it from the list at once. */
  removesRow?: boolean;
}

export interface ResourceColumn<T> extends DataTableColumn<T> {
  /** Render the cell as a link to the row's detail page. */
  link?: boolean;
}

export type ResourceFilter<T> =
  { label: string; match: (row: T, text: string) => boolean } | { label: string; param: string };

export interface DetailField<T> {
  label: string;
  value: (row: T) => ReactNode;
}

export interface ResourceDefinition<T> {
  panel: Panel;
  /** One line: the api-ref section this follows. */
  apiRef: string;
  singular: string;
  key: (row: T) => string;
  name: (row: T) => string;
  list: (api: Api, query: ListQuery) => Promise<ListResult<T>>;
  get?: (api: Api, key: string) => Promise<T>;
  /** 'server': limit/marker paging by the API; 'none': the API returns everything. */
  paging: 'server' | 'none';
  columns: ResourceColumn<T>[];
  filter?: ResourceFilter<T>;
  /** Rows in a state that will change by itself (BUILD, deleting, …): re-polled. */
  transitional?: (row: T) => boolean;
  createActions: CreateAction[];
  rowActions: RowAction<T>[];
  detail?: { fields: DetailField<T>[] };
}

/** Keeps a create action's input type checked while storing it in a mixed list. */
export function createAction<S extends z.ZodType, R>(action: CreateAction<S, R>): CreateAction {
  return action as unknown as CreateAction;
}
