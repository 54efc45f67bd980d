import { badRequest, invalidInput, notFound } from './errors';
import { queryTrue } from './request';
import { pageByMarker } from '../http/marker-paging';
import type { VolumeCall } from './call';

// Cinder's list parameters, shared by volumes, snapshots and backups:
// all_tenants/project_id for admins, sort=key:dir (or sort_key/sort_dir),
// limit/marker with <collection>_links, and exact-match filters.

const MAX_LIMIT = 1000;

interface Listable {
  id: string;
  projectId: string;
  createdAt: number;
}

export interface ListSpec<T extends Listable> {
  collection: string;
  /** The resource's not-found text for an unknown marker. */
  markerNotFound(id: string): string;
  sortKeys: Record<string, (row: T) => string | number | null>;
  /** Filter name → the row's value to compare (as text) or a predicate. */
  filters: Record<string, (row: T, value: string) => boolean>;
}

function sortSpec(call: VolumeCall): [string, 'asc' | 'desc'][] {
  const q = call.req.query;
  const sort = q.get('sort');
  if (sort) {
    return sort.split(',').map((part) => {
      const [key = '', dir = 'desc'] = part.trim().split(':');
      if (dir !== 'asc' && dir !== 'desc')
        throw invalidInput(`Unknown sort direction, must be 'desc' or 'asc'`);
      return [key.trim(), dir];
    });
  }
  const keys = (q.get('sort_key') ?? 'created_at').split(',');
  const dirs = (q.get('sort_dir') ?? 'desc').split(',');
  return keys.map((key, i) => {
    const dir = dirs[i] ?? dirs[0] ?? 'desc';
    if (dir !== 'asc' && dir !== 'desc')
      throw invalidInput(`Unknown sort direction, must be 'desc' or 'asc'`);
    return [key, dir];
  });
}

function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The page of `rows` the query asks for, and the next link when there is more. */
export function listPage<T extends Listable>(
  call: VolumeCall,
  rows: T[],
  spec: ListSpec<T>,
): { page: T[]; links: { rel: string; href: string }[] | null; count: number } {
  const q = call.req.query;
  const admin = call.viewer.isAdmin;
  const allTenants = admin && queryTrue(q.get('all_tenants'));
  const projectFilter = admin ? q.get('project_id') : null;
  let visible = rows.filter((r) =>
    projectFilter
      ? r.projectId === projectFilter
      : allTenants || r.projectId === call.viewer.projectId,
  );
  for (const [name, value] of q.entries()) {
    const filter = spec.filters[name];
    if (filter) visible = visible.filter((r) => filter(r, value));
  }
  const sorts = sortSpec(call);
  for (const [key] of sorts) {
    if (!(key in spec.sortKeys)) throw invalidInput('Invalid sort key');
  }
  const sorted = [...visible].sort((a, b) => {
    for (const [key, dir] of [...sorts, ['id', sorts[0]?.[1] ?? 'desc'] as const]) {
      const get = spec.sortKeys[key] ?? ((r: T) => r.id);
      const c = compareValues(get(a), get(b));
      if (c !== 0) return dir === 'asc' ? c : -c;
    }
    return 0;
  });
  const rawLimit = q.get('limit');
  let limit: number | null = null;
  if (rawLimit !== null) {
    const n = Number(rawLimit);
    if (!Number.isInteger(n) || rawLimit.trim() === '')
      throw badRequest('limit param must be an integer');
    if (n < 0) throw badRequest('limit param must be positive');
    limit = Math.min(n, MAX_LIMIT);
  }
  const effective = limit ?? MAX_LIMIT;
  const marker = q.get('marker');
  const page = pageByMarker(sorted, {
    marker,
    limit: effective,
    isMarker: (r, m) => r.id === m,
    unknownMarker: (m) => notFound(spec.markerNotFound(m)),
  });
  let links: { rel: string; href: string }[] | null = null;
  const last = page.at(-1);
  if (last && page.length === effective && sorted.indexOf(last) < sorted.length - 1) {
    const params = new URLSearchParams(call.req.rawQuery);
    params.set('marker', last.id);
    const base = `${call.req.origin}${call.req.path}`;
    links = [{ rel: 'next', href: `${base}?${params.toString()}` }];
  }
  return { page, links, count: sorted.length };
}

export const textMatch = (value: string | null | undefined, wanted: string): boolean =>
  (value ?? '') === wanted;
