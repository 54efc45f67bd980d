import { badRequest } from './errors';

// GET /v2/images query parameters as glance.api.v2.images.RequestDeserializer.index
// and Controller.index read them. webob's MultiDict semantics are kept: pop()
// takes the first value of a key, get() the last, and whatever is not popped is
// a filter.

export const SORT_KEYS = [
  'name',
  'status',
  'container_format',
  'disk_format',
  'size',
  'id',
  'created_at',
  'updated_at',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** [DEFAULT] limit_param_default and api_limit_max. */
export const LIMIT_DEFAULT = 25;
export const LIMIT_MAX = 1000;

export interface ImageListQuery {
  limit: number;
  marker: string | null;
  tags: string[];
  visibility: string | null;
  /** Which of the images shared with the caller's project show: by its member status. */
  memberStatus: string;
  osHidden: boolean;
  protected: boolean | null;
  sort: { key: SortKey; dir: SortDir }[];
  /** Everything else: base attributes with operators, ranges, custom properties. */
  filters: [string, string][];
}

class MultiDict {
  constructor(public items: [string, string][]) {}
  has(key: string): boolean {
    return this.items.some(([k]) => k === key);
  }
  pop(key: string): string | undefined {
    const index = this.items.findIndex(([k]) => k === key);
    if (index < 0) return undefined;
    const [, value] = this.items[index] ?? ['', ''];
    this.items.splice(index, 1);
    return value;
  }
  get(key: string): string | undefined {
    return this.items.findLast(([k]) => k === key)?.[1];
  }
}

/** Python int() on a query string: optional sign and surrounding whitespace. */
function pyInt(value: string): number | null {
  return /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : null;
}

function sortKey(key: string): SortKey {
  if (!(SORT_KEYS as readonly string[]).includes(key)) {
    throw badRequest(
      `Invalid sort key: ${key}. It must be one of the following: ${SORT_KEYS.join(', ')}.`,
    );
  }
  return key as SortKey;
}

function sortDir(dir: string): SortDir {
  if (dir !== 'asc' && dir !== 'desc') throw badRequest(`Invalid sort direction: ${dir}`);
  return dir;
}

function sorting(params: MultiDict): { key: SortKey; dir: SortDir }[] {
  const keys: SortKey[] = [];
  const dirs: SortDir[] = [];
  if (params.has('sort')) {
    if (params.has('sort_key') || params.has('sort_dir')) {
      throw badRequest('Old and new sorting syntax cannot be combined');
    }
    for (const part of (params.pop('sort') ?? '').trim().split(',')) {
      const colon = part.indexOf(':');
      const key = colon < 0 ? part : part.slice(0, colon);
      const dir = colon < 0 ? '' : part.slice(colon + 1);
      keys.push(sortKey(key.trim()));
      dirs.push(sortDir((dir || 'desc').trim()));
    }
  } else {
    while (params.has('sort_key')) keys.push(sortKey((params.pop('sort_key') ?? '').trim()));
    while (params.has('sort_dir')) dirs.push(sortDir((params.pop('sort_dir') ?? '').trim()));
    if (dirs.length > 1 && dirs.length !== keys.length) {
      throw badRequest('Number of sort dirs does not match the number of sort keys');
    }
  }
  if (keys.length === 0) keys.push('created_at');
  if (dirs.length === 0) dirs.push('desc');
  // image_get_all: one direction applies to every key; created_at and id always end the order.
  const fallback = dirs.length === 1 ? (dirs[0] ?? 'desc') : 'desc';
  const sort = keys.map((key, i) => ({
    key,
    dir: dirs.length === 1 ? fallback : (dirs[i] ?? fallback),
  }));
  for (const key of ['created_at', 'id'] as const) {
    if (!keys.includes(key)) sort.push({ key, dir: fallback });
  }
  return sort;
}

export function parseImageListQuery(pairs: [string, string][]): ImageListQuery {
  const params = new MultiDict(pairs.map(([k, v]) => [k, v]));
  const limitParam = params.pop('limit');
  const marker = params.pop('marker') ?? null;
  const memberStatus = params.pop('member_status') ?? 'accepted';
  const tags: string[] = [];
  while (params.has('tag')) tags.push((params.pop('tag') ?? '').trim());

  const visibility = params.get('visibility') ?? null;
  if (visibility && !['community', 'public', 'private', 'shared', 'all'].includes(visibility)) {
    throw badRequest(`Invalid visibility value: ${visibility}`);
  }
  if (params.get('changes-since')) {
    throw badRequest('The "changes-since" filter is no longer available on v2.');
  }
  if (!['pending', 'accepted', 'rejected', 'all'].includes(memberStatus)) {
    throw badRequest(`Invalid status: ${memberStatus}`);
  }
  let limit = LIMIT_DEFAULT;
  if (limitParam !== undefined) {
    const parsed = pyInt(limitParam);
    if (parsed === null) throw badRequest('limit param must be an integer');
    if (parsed < 0) throw badRequest('limit param must be positive');
    limit = parsed;
  }
  const sort = sorting(params);

  const osHidden = (params.get('os_hidden') ?? 'false').toLowerCase();
  if (osHidden !== 'true' && osHidden !== 'false') {
    throw badRequest(
      `Invalid value '${osHidden}' for 'os_hidden' filter. Valid values are 'true' or 'false'.`,
    );
  }
  const protectedParam = params.get('protected');
  if (protectedParam !== undefined && protectedParam !== 'true' && protectedParam !== 'false') {
    throw badRequest(
      `Invalid value '${protectedParam}' for 'protected' filter. Valid values are 'true' or 'false'.`,
    );
  }
  const handled = new Set(['visibility', 'os_hidden', 'protected']);
  return {
    limit: Math.min(LIMIT_MAX, limit),
    marker,
    tags,
    visibility: visibility || null,
    memberStatus,
    osHidden: osHidden === 'true',
    protected: protectedParam === undefined ? null : protectedParam === 'true',
    sort,
    filters: params.items.filter(([k]) => !handled.has(k)),
  };
}
