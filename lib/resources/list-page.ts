// One page of a resource list, and the lookups its columns need. Shared by the
// browser (through the proxy) and the server's first render (direct), so both
// ask the cloud the same questions and cache the same answer.
import type { Api } from '@/lib/openstack/api';
import type { ListResult } from '@/lib/openstack/pagination';
import type { Lookups, ResourceDefinition } from './types';

export interface PageQuery {
  pageSize: number;
  marker?: string;
  filters?: Record<string, string>;
  /** The session's project, for a resource with a `projectFilter`. */
  projectId?: string;
  /** The session has the admin role (for an `adminProjectFilter`). */
  admin?: boolean;
}

function projectFilters<T>(
  resource: ResourceDefinition<T>,
  projectId: string | undefined,
  admin: boolean | undefined,
): Record<string, string> {
  if (!projectId) return {};
  const param = resource.projectFilter ?? (admin ? resource.adminProjectFilter : undefined);
  return param ? { [param]: projectId } : {};
}

/** One extra row is asked for, so "Next" is offered only when there is a next page. */
export async function fetchListPage<T>(
  resource: ResourceDefinition<T>,
  api: Api,
  { pageSize, marker, filters: asked, projectId, admin }: PageQuery,
): Promise<ListResult<T>> {
  const scoped = projectFilters(resource, projectId, admin);
  const filters = Object.keys(scoped).length > 0 ? { ...asked, ...scoped } : asked;
  if (resource.paging === 'none') {
    const all = await resource.list(api, { filters });
    return { items: [...(all.pinned ?? []), ...all.items] };
  }
  const result = await resource.list(api, { limit: pageSize + 1, marker, filters });
  const items = result.items.slice(0, pageSize);
  const last = items[items.length - 1];
  const more = result.items.length > pageSize;
  return {
    items: [...(result.pinned ?? []), ...items],
    next: more && last !== undefined ? resource.key(last) : undefined,
  };
}

export async function loadLookups<T>(
  resource: ResourceDefinition<T>,
  api: Api,
  rows: T[],
): Promise<Lookups> {
  const entries = await Promise.all(
    Object.entries(resource.lookups ?? {}).map(async ([name, load]) => {
      // A lookup that fails leaves its column showing ids, never an error page.
      const values = await load(api, rows).catch(() => ({}));
      return [name, values] as const;
    }),
  );
  return Object.fromEntries(entries) as Lookups;
}

/** The first page as the server rendered it, handed to the browser's table. */
export interface InitialList<T> {
  /** The project and region it was fetched for, as `projectId@region`. */
  scope: string;
  pageSize: number;
  page: ListResult<T>;
  lookups: Lookups;
}

/** The rendered first page if it was fetched for this scope (`projectId@region`). */
export function renderedFor<T>(
  initial: InitialList<T> | undefined,
  scope: string,
): InitialList<T> | undefined {
  return initial?.scope === scope ? initial : undefined;
}
