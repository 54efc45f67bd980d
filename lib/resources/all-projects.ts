// An Admin panel over a Project panel's definition: every project's rows (the API's
// all-projects filter, or none where an admin already sees everything), a Project
// column naming each row's project, and the project panel's columns and actions.
import type { Api } from '@/lib/openstack/api';
import type { Panel } from '@/lib/panels';
import type { Lookups, ResourceColumn, ResourceDefinition, RowAction } from './types';

export const PROJECTS_LOOKUP = 'projects';

/** Project names by id (Keystone's GET /v3/projects, which admins may call). */
export async function projectNames(api: Api): Promise<Record<string, string>> {
  const projects = await api.identity.listProjects();
  return Object.fromEntries(projects.map((p) => [p.id, p.name]));
}

/** The project's name, its id when Keystone does not know it (deleted), '-' when none. */
export function projectLabel(id: string | null | undefined, lookups: Lookups): string {
  if (!id) return '-';
  return lookups[PROJECTS_LOOKUP]?.[id] ?? id;
}

export interface AllProjectsOptions<T> {
  panel: Panel;
  /** The project that owns the row. */
  projectOf: (row: T) => string | null | undefined;
  /** Query parameters that ask for every project's rows (Nova and Cinder's all_tenants=1). */
  allProjectsFilters?: Record<string, string>;
  /** Columns shown after Project and before the project panel's own (Host). */
  extraColumns?: ResourceColumn<T>[];
  /** Column ids of the project panel to leave out. */
  omitColumns?: string[];
  /** The row actions that make sense for an admin (default: the project panel's). */
  rowActions?: RowAction<T>[];
  emptyMessage?: string;
  /** The list call, when the API's client asks for every project otherwise than by a filter. */
  list?: ResourceDefinition<T>['list'];
}

export function allProjectsDefinition<T>(
  base: ResourceDefinition<T>,
  options: AllProjectsOptions<T>,
): ResourceDefinition<T> {
  const filters = options.allProjectsFilters ?? {};
  const projectColumn: ResourceColumn<T> = {
    id: 'project',
    header: 'Project',
    cell: (row, lookups) => projectLabel(options.projectOf(row), lookups),
  };
  const omit = new Set(options.omitColumns ?? []);
  return {
    ...base,
    panel: options.panel,
    // The project panel's views name the session's project: an admin panel lists them all.
    views: undefined,
    projectFilter: undefined,
    adminProjectFilter: undefined,
    list:
      options.list ??
      ((api, query) => base.list(api, { ...query, filters: { ...query.filters, ...filters } })),
    lookups: {
      ...base.lookups,
      [PROJECTS_LOOKUP]: (api) => projectNames(api),
    },
    columns: [
      projectColumn,
      ...(options.extraColumns ?? []),
      ...base.columns.filter((c) => !omit.has(c.id)),
    ],
    // Horizon's Admin panels create nothing on behalf of a project from these lists.
    createActions: [],
    rowActions: options.rowActions ?? base.rowActions,
    emptyMessage: options.emptyMessage ?? `No ${options.panel.title.toLowerCase()} to display.`,
  };
}
