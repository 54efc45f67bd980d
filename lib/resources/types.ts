// The shape of a resource definition: data plus small functions, read by the
// generic table, action menu, form dialog and poller.
import type { Equivalents } from '@/lib/equivalents/types';
import type { FormSpec, FormValues } from '@/lib/forms/types';
import type { Api } from '@/lib/openstack/api';
import type { ServiceTypeName } from '@/lib/openstack/catalog';
import type { ListQuery, ListResult } from '@/lib/openstack/pagination';
import type { Panel } from '@/lib/panels';
import type { PublicSession } from '@/lib/session-token';
import type { DataTableColumn } from '@/lib/ui/table';
import type { ComponentType, ReactNode } from 'react';
import type { z } from 'zod';

export interface ActionContext {
  api: Api;
  session: PublicSession;
}

/** `true`, or the reason the action is not available for this row. */
export type Allowed = true | string;

interface CreateActionBase {
  id: string;
  label: string;
}

export interface FormCreateAction<
  S extends z.ZodType = z.ZodType,
  R = unknown,
> extends CreateActionBase {
  form: FormSpec<S>;
  run: (ctx: ActionContext, input: z.infer<S>) => Promise<R>;
  success: (input: z.infer<S>, result: R) => string;
  equivalents?: (values: FormValues) => Equivalents;
  /** Shown in the dialog after success instead of closing it (one-time secrets). */
  renderResult?: (result: R, close: () => void) => ReactNode;
}

export interface LauncherProps {
  open: boolean;
  onClose: () => void;
  /** Called after the cloud accepted the request; the list refreshes. */
  onCreated: (message: string) => void;
}

/** A create action too rich for one form (Launch Instance): the definition names its component. */
export interface LauncherCreateAction extends CreateActionBase {
  launcher: ComponentType<LauncherProps>;
}

export type CreateAction = FormCreateAction | LauncherCreateAction;

export interface RowAction<T> {
  id: string;
  label: string;
  danger?: boolean;
  allowed?: (row: T, session: PublicSession) => Allowed;
  /** Offered only when the cloud has this service in the session's region (another service's action). */
  service?: ServiceTypeName;
  /** Ask before acting; the same dialog serves one row and a selection. */
  confirm?: { title: string; confirmLabel: string; body?: (rows: T[]) => ReactNode };
  /** Ask for input first (Resize, Rebuild, …); built when opened, as it may need cloud data. */
  form?: (ctx: ActionContext, row: T) => Promise<FormSpec> | FormSpec;
  /** Navigate instead of acting (Console, View Log). */
  href?: (row: T) => string;
  /** Also offered in the table toolbar for the selected rows. */
  batch?: { label: string };
  /** `input` is the form's parsed output when the action has a form. */
  run: (ctx: ActionContext, row: T, input?: unknown) => Promise<unknown>;
  /** A form action's result shown in the dialog instead of closing it (a one-time key). */
  renderResult?: (result: unknown, close: () => void) => ReactNode;
  /** Message after success, e.g. "Deleted Key Pair: a, b"; `input` as for `run` (an edit's new name). */
  success: (rows: T[], input?: unknown) => string;
  /** Title of the error for one row, e.g. "Unable to delete Key Pair: a". */
  failure: (row: T) => string;
  equivalents?: (rows: T[], values?: FormValues) => Equivalents;
  /** The row is gone after success: drop it from the list at once. */
  removesRow?: boolean;
}

/** A row action with a typed form: `run` receives the schema's output. */
export function formRowAction<T, S extends z.ZodType>(
  action: Omit<RowAction<T>, 'form' | 'run' | 'success'> & {
    form: (ctx: ActionContext, row: T) => Promise<FormSpec<S>> | FormSpec<S>;
    run: (ctx: ActionContext, row: T, input: z.infer<S>) => Promise<unknown>;
    success: (rows: T[], input: z.infer<S>) => string;
  },
): RowAction<T> {
  // The generic dialog validates with the same schema before calling run.
  return action as unknown as RowAction<T>;
}

/** Data a column needs beyond the row, fetched once per page (image names…). */
export type Lookups = Record<string, Record<string, string>>;

export interface ResourceColumn<T> extends Omit<DataTableColumn<T>, 'cell'> {
  cell: (row: T, lookups: Lookups) => ReactNode;
  /** Render the cell as a link to the row's detail page. */
  link?: boolean;
  /** Shown after the cell's value, outside the link (a lock icon…). */
  suffix?: (row: T) => ReactNode;
}

/** Filter by text over the rows on screen (APIs without a name filter). */
export interface ClientFilter<T> {
  label: string;
  match: (row: T, text: string) => boolean;
}

/** Filter fields the API itself understands; the user picks one and types. */
export interface ServerFilter {
  id: string;
  label: string;
  param: string;
}

/** A fixed view of the list (Horizon's "Project / Shared with Me / Public"): API filters. */
export interface ListView {
  id: string;
  label: string;
  filters: (session: PublicSession) => Record<string, string>;
}

export interface DetailField<T> {
  label: string;
  value: (row: T) => ReactNode;
}

export interface DetailTab<T> {
  id: string;
  label: string;
  render: (row: T) => ReactNode;
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
  /**
   * The API's query parameter that limits the list to the current project.
   * Neutron answers an admin with every project's resources; a Project panel
   * shows the project's own, as Horizon does.
   */
  projectFilter?: string;
  /**
   * As `projectFilter`, for admins only: a member's answer is already what the
   * panel shows (Neutron's networks: the project's own, shared and external).
   */
  adminProjectFilter?: string;
  columns: ResourceColumn<T>[];
  filter?: ClientFilter<T>;
  serverFilters?: ServerFilter[];
  /** Views offered above the table; the first is shown first (keep its filters empty so the server's first page serves it). */
  views?: ListView[];
  lookups?: Record<string, (api: Api, rows: T[]) => Promise<Record<string, string>>>;
  /** What of a row the lookups depend on (default: its key), so a changed row reloads them. */
  lookupKey?: (row: T) => string;
  /** Rows in a state that will change by itself (BUILD, deleting, …): re-polled. */
  transitional?: (row: T) => boolean;
  createActions: CreateAction[];
  rowActions: RowAction<T>[];
  detail?: { fields: DetailField<T>[]; tabs?: DetailTab<T>[] };
  emptyMessage?: string;
}

/** Keeps a create action's input type checked while storing it in a mixed list. */
export function createAction<S extends z.ZodType, R>(action: FormCreateAction<S, R>): CreateAction {
  return action as unknown as CreateAction;
}

/** The row type of a resource definition. */
export type RowOf<R> = R extends ResourceDefinition<infer T> ? T : never;
