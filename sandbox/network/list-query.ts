import { badRequest, httpBadRequest, invalidInput, notFound } from './errors';
import { pageByMarker } from '../http/marker-paging';
import { lastValues, urlencode } from '../http/py-urlencode';
import { nameKey } from '../names';
import { pyRepr } from '../validation/py-repr';
import type { View } from './views';
import type { SandboxRequest } from '../http/types';

// Neutron's list handling (pecan QueryParametersHook + api_common): filter
// validation and conversion, sort_key/sort_dir, native pagination with
// limit/marker/page_reverse and <collection>_links, then `fields`.

export type AttrType = 'string' | 'bool' | 'int';

export interface CollectionSpec {
  resource: string;
  collection: string;
  /** Filterable attributes and how their query values convert. */
  filters: Record<string, AttrType>;
  /** Filters that do not compare one attribute (fixed_ips, security_groups). */
  matchers?: Record<string, (values: string[]) => (view: View) => boolean>;
  sortKeys: string[];
}

const SKIPPED = new Set(['fields', 'sort_key', 'sort_dir', 'limit', 'marker', 'page_reverse']);

/** neutron_lib.api.converters.convert_to_boolean on a query string. */
export function toBoolean(value: string): boolean {
  const lower = value.toLowerCase();
  if (['true', '1'].includes(lower)) return true;
  if (['false', '0'].includes(lower)) return false;
  throw invalidInput(`'${value}' cannot be converted to boolean`);
}

function toInt(value: string): number {
  if (!/^\s*[+-]?\d+\s*$/.test(value)) throw invalidInput(`'${value}' is not an integer`);
  return Number(value);
}

/** `fields` as a list, empty meaning "all". */
export function requestedFields(req: SandboxRequest): string[] {
  return req.query.getAll('fields').filter(Boolean);
}

export function project(view: View, fields: string[]): View {
  if (fields.length === 0) return view;
  return Object.fromEntries(Object.entries(view).filter(([key]) => fields.includes(key)));
}

function equal(actual: unknown, wanted: string | number | boolean): boolean {
  if (typeof actual === 'string' && typeof wanted === 'string') {
    return nameKey(actual) === nameKey(wanted);
  }
  return actual === wanted;
}

function filtersOf(req: SandboxRequest, spec: CollectionSpec): ((view: View) => boolean)[] {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of req.query) {
    if (SKIPPED.has(key)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), value]);
  }
  const invalid: string[] = [];
  const tests: ((view: View) => boolean)[] = [];
  for (const [key, values] of byKey) {
    const matcher = spec.matchers?.[key];
    const type = spec.filters[key];
    if (!matcher && !type) {
      invalid.push(key);
      continue;
    }
    if (matcher) {
      tests.push(matcher(values));
      continue;
    }
    const wanted = values.map((v) =>
      type === 'bool' ? toBoolean(v) : type === 'int' ? toInt(v) : v,
    );
    const attr = key === 'tenant_id' ? 'project_id' : key;
    tests.push((view) => wanted.some((w) => equal(view[attr], w)));
  }
  if (invalid.length > 0) {
    throw httpBadRequest(`${pyRepr(invalid)} is invalid attribute for filtering`);
  }
  return tests;
}

function sorts(req: SandboxRequest, spec: CollectionSpec): [string, boolean][] {
  const keys = req.query.getAll('sort_key').filter(Boolean);
  const dirs = req.query.getAll('sort_dir').filter(Boolean);
  if (keys.length !== dirs.length) {
    throw httpBadRequest('The number of sort_keys and sort_dirs must be same');
  }
  const absent = keys.filter((k) => !spec.sortKeys.includes(k));
  if (absent.length > 0)
    throw httpBadRequest(`${pyRepr(absent)} is invalid attribute for sort_keys`);
  const invalidDirs = dirs.filter((d) => d !== 'asc' && d !== 'desc');
  if (invalidDirs.length > 0) {
    throw httpBadRequest(
      `${pyRepr(invalidDirs)} is invalid value for sort_dirs, valid value is 'asc' and 'desc'`,
    );
  }
  const result: [string, boolean][] = keys.map((k, i) => [k, dirs[i] === 'asc']);
  if (!keys.includes('id')) result.push(['id', true]);
  return result;
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = nameKey(a);
    const y = nameKey(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function limitOf(req: SandboxRequest): number | null {
  const raw = req.query.getAll('limit').at(-1) ?? '0';
  if (!/^\s*[+-]?\d+\s*$/.test(raw) || Number(raw) < 0) {
    throw badRequest('limit', `Limit must be an integer 0 or greater and not '${raw}'`);
  }
  return Number(raw) || null;
}

function link(req: SandboxRequest, marker: string | null, reverse: boolean): string {
  const pairs: [string, string][] = [...req.query];
  const drop = (key: string) => {
    const i = pairs.findIndex(([k]) => k === key);
    if (i >= 0) pairs.splice(i, 1);
  };
  drop('marker');
  const params =
    marker === null
      ? pairs
      : [...pairs.filter(([k]) => k !== 'marker'), ['marker', marker] as [string, string]];
  let result = params;
  if (reverse) {
    result = [...params.filter(([k]) => k !== 'page_reverse'), ['page_reverse', 'True']];
  } else {
    const i = result.findIndex(([k]) => k === 'page_reverse');
    if (i >= 0) result = result.filter((_, j) => j !== i);
  }
  return `${req.origin}${req.path}?${urlencode(result)}`;
}

/**
 * The GET /v2.0/<collection> body. `views` are the records the caller may see, in
 * their full form for that caller; `exists` tells whether a marker id names one.
 */
export function listBody(
  req: SandboxRequest,
  spec: CollectionSpec,
  views: View[],
): Record<string, unknown> {
  const fields = requestedFields(req);
  const tests = filtersOf(req, spec);
  const limit = limitOf(req);
  const order = sorts(req, spec);
  const marker = limit === null ? null : (req.query.getAll('marker').at(-1) ?? null);
  const reverse = (lastValues(req.query).get('page_reverse') ?? 'False').toLowerCase() === 'true';

  const compare = (a: View, b: View) => {
    for (const [key, asc] of order) {
      const c = compareValues(a[key], b[key]);
      if (c !== 0) return asc ? c : -c;
    }
    return 0;
  };
  const matching = views.filter((v) => tests.every((t) => t(v))).sort(compare);
  const items = pageByMarker(matching, {
    marker,
    limit,
    reverse,
    markerRows: views,
    isMarker: (v, id) => v.id === id,
    unknownMarker: (id) => notFound(spec.resource, id),
    compare,
  });
  const body: Record<string, unknown> = { [spec.collection]: items.map((v) => project(v, fields)) };
  if (limit !== null) {
    const links: { rel: string; href: string }[] = [];
    if (!(items.length < limit && !reverse)) {
      links.push({ rel: 'next', href: link(req, (items.at(-1)?.id as string) ?? null, false) });
    }
    if (!(items.length < limit && reverse)) {
      links.push({ rel: 'previous', href: link(req, (items[0]?.id as string) ?? null, true) });
    }
    body[`${spec.collection}_links`] = links;
  }
  return body;
}
