import { atLeast, type ApiVersion } from './microversion';
import { vmStatesForStatus } from './server-states';
import { parseIsoTime } from './validation';
import type { ServerRecord } from './nova-state';

// GET /servers and /servers/detail: Nova's search options as pure functions over
// the region's server records (sorting and paging are in server-sort.ts).

export type ListProblem = { status: 400 | 403; message: string };
export type Filter = (server: ServerRecord) => boolean;

const TAG_FILTERS = ['tags', 'tags-any', 'not-tags', 'not-tags-any'];

/** The options a non-admin may use at `v` (ServersController._get_server_search_options). */
export function userSearchOptions(v: ApiVersion): string[] {
  const opts = [
    'reservation_id',
    'name',
    'status',
    'image',
    'flavor',
    'ip',
    'changes-since',
    'all_tenants',
  ];
  if (atLeast(v, '2.5')) opts.push('ip6');
  if (atLeast(v, '2.26')) opts.push(...TAG_FILTERS);
  if (atLeast(v, '2.66')) opts.push('changes-before');
  if (atLeast(v, '2.73')) opts.push('locked');
  if (atLeast(v, '2.83')) {
    opts.push('availability_zone', 'config_drive', 'key_name', 'created_at', 'launched_at');
    opts.push('terminated_at', 'power_state', 'task_state', 'vm_state', 'progress', 'user_id');
  }
  if (atLeast(v, '2.90')) opts.push('hostname');
  return opts;
}

const PAGING = ['limit', 'marker', 'sort_key', 'sort_dir'];

/** Python re.search with MySQL's case-insensitive REGEXP; a bad pattern matches literally. */
function regex(pattern: string, anchored = false): RegExp {
  const source = anchored ? `^(?:${pattern})` : pattern;
  try {
    return new RegExp(source, anchored ? '' : 'i');
  } catch {
    return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  }
}

const truthy = (value: string) =>
  ['1', 't', 'true', 'on', 'y', 'yes'].includes(value.toLowerCase());

export interface ListInput {
  query: URLSearchParams;
  version: ApiVersion;
  isAdmin: boolean;
  projectId: string | null;
  /** For the policy name in the all_tenants refusal. */
  detail: boolean;
  /** IPv4/IPv6 addresses of a server, for the ip/ip6 filters. */
  addresses(server: ServerRecord): string[];
}

export interface ListPlan {
  filters: Filter[];
  includeDeleted: boolean;
  /** Set when Nova would answer an empty list without looking (bad status before 2.38). */
  empty: boolean;
}

/** ServersController._get_servers, up to the database query. */
export function listPlan(input: ListInput): ListPlan | ListProblem {
  const { query, version: v, isAdmin } = input;
  const allowed = new Set(userSearchOptions(v));
  const opts = new Map<string, string[]>();
  for (const key of new Set(query.keys())) {
    if (PAGING.includes(key)) continue;
    if (!isAdmin && !allowed.has(key)) continue;
    opts.set(key, query.getAll(key));
  }
  for (const key of opts.keys()) {
    if (
      key.startsWith('_') ||
      [
        'flavor_id',
        'fault',
        'metadata',
        'system_metadata',
        'info_cache',
        'security_groups',
        'pci_devices',
      ].includes(key)
    ) {
      return { status: 400, message: `Invalid filter field: ${key}.` };
    }
  }
  const last = (key: string) => opts.get(key)?.at(-1);
  const filters: Filter[] = [];
  let empty = false;
  let includeDeleted = false;

  if (opts.has('status')) {
    const states = (opts.get('status') ?? []).flatMap((s) => vmStatesForStatus(s));
    if (states.length === 0) {
      if (atLeast(v, '2.38')) return { status: 400, message: 'Invalid status value' };
      empty = true;
    }
    if (states.length > 0 && states.every((s) => s.vmState === 'deleted')) {
      if (!isAdmin)
        return { status: 403, message: 'Only administrators may list deleted instances' };
      includeDeleted = true;
    }
    // Like Nova: one vm_state set and one task_state set; no task filter once a
    // status maps to a vm_state's default.
    const vmStates = new Set(states.map((st) => st.vmState));
    const anyTask = states.some((st) => st.taskStates === null);
    const taskStates = new Set(states.flatMap((st) => st.taskStates ?? []));
    filters.push(
      (s) => vmStates.has(s.state.vmState) && (anyTask || taskStates.has(s.state.taskState ?? '')),
    );
  }
  for (const key of ['changes-since', 'changes-before']) {
    const value = last(key);
    if (value === undefined) continue;
    const at = parseIsoTime(value);
    if (at === null) {
      return {
        status: 400,
        message: `Invalid input for query parameters ${key}. Value: ${value}. '${value}' is not a 'date-time'`,
      };
    }
    includeDeleted = true;
    filters.push(key === 'changes-since' ? (s) => s.updatedAt >= at : (s) => s.updatedAt <= at);
  }
  const since = last('changes-since');
  const before = last('changes-before');
  if (since && before && (parseIsoTime(before) ?? 0) < (parseIsoTime(since) ?? 0)) {
    return {
      status: 400,
      message: 'The value of changes-since must be less than or equal to changes-before.',
    };
  }
  const deleted = last('deleted');
  if (deleted !== undefined && isAdmin) {
    includeDeleted = truthy(deleted);
    if (includeDeleted) filters.push((s) => s.deletedAt !== null);
  }

  const allTenantsRaw = last('all_tenants');
  const allTenants = allTenantsRaw !== undefined && (allTenantsRaw === '' || truthy(allTenantsRaw));
  if (allTenants) {
    if (!isAdmin) {
      const policy = input.detail ? 'detail:get_all_tenants' : 'index:get_all_tenants';
      return {
        status: 403,
        message: `Policy doesn't allow os_compute_api:servers:${policy} to be performed.`,
      };
    }
    const project = last('project_id') ?? last('tenant_id');
    if (project !== undefined) filters.push((s) => s.projectId === project);
  } else {
    const projectId = input.projectId;
    filters.push((s) => s.projectId === projectId);
  }

  const name = last('name') ?? last('display_name');
  if (name !== undefined) {
    const re = regex(name);
    filters.push((s) => re.test(s.name));
  }
  const image = last('image') ?? last('image_ref');
  if (image !== undefined) {
    const id = image.split('/').at(-1) ?? image;
    filters.push((s) => s.imageId === id);
  }
  const flavor = last('flavor');
  if (flavor !== undefined) {
    const id = flavor.split('/').at(-1) ?? flavor;
    filters.push((s) => s.flavor.id === id);
  }
  for (const [key, version] of [
    ['ip', 4],
    ['ip6', 6],
  ] as const) {
    const pattern = last(key);
    if (pattern === undefined) continue;
    const re = regex(pattern, true);
    filters.push((s) =>
      input.addresses(s).some((a) => a.includes(':') === (version === 6) && re.test(a)),
    );
  }
  const exact: [string, (s: ServerRecord) => string | null][] = [
    ['reservation_id', (s) => s.reservationId],
    ['availability_zone', (s) => s.availabilityZone],
    ['key_name', (s) => s.keyName],
    ['user_id', (s) => s.userId],
    ['vm_state', (s) => s.state.vmState],
    ['task_state', (s) => s.state.taskState],
    ['power_state', (s) => String(s.state.powerState)],
    ['host', (s) => s.host],
    ['node', (s) => s.host],
    ['hostname', (s) => s.hostname],
    ['uuid', (s) => s.id],
  ];
  for (const [key, field] of exact) {
    const values = opts.get(key);
    if (values === undefined) continue;
    filters.push((s) => values.includes(field(s) ?? 'None'));
  }
  const description = last('description') ?? last('display_description');
  if (description !== undefined) {
    const re = regex(description);
    filters.push((s) => s.description !== null && re.test(s.description));
  }
  const locked = last('locked');
  if (locked !== undefined && atLeast(v, '2.73')) {
    const want = truthy(locked);
    filters.push((s) => s.locked === want);
  }
  if (atLeast(v, '2.26')) {
    const tagList = (key: string) => last(key)?.split(',') ?? null;
    const all = tagList('tags');
    const any = tagList('tags-any');
    const notAll = tagList('not-tags');
    const notAny = tagList('not-tags-any');
    if (all) filters.push((s) => all.every((t) => s.tags.includes(t)));
    if (any) filters.push((s) => any.some((t) => s.tags.includes(t)));
    if (notAll) filters.push((s) => !notAll.every((t) => s.tags.includes(t)));
    if (notAny) filters.push((s) => !notAny.some((t) => s.tags.includes(t)));
  }
  return { filters, includeDeleted, empty };
}

export function isProblem(value: unknown): value is ListProblem {
  return typeof value === 'object' && value !== null && 'status' in value && 'message' in value;
}
