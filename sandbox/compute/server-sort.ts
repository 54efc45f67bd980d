import { atLeast, type ApiVersion } from './microversion';
import type { ServerRecord } from './nova-state';
import type { ListProblem } from './server-list';

// GET /servers sort keys (schemas/servers.py VALID_SORT_KEYS and the ignored ones)
// as pure functions.

const IGNORED_SORT_KEYS = [
  'architecture',
  'cell_name',
  'cleaned',
  'default_ephemeral_device',
  'default_swap_device',
  'deleted',
  'deleted_at',
  'disable_terminate',
  'ephemeral_gb',
  'ephemeral_key_uuid',
  'id',
  'key_data',
  'launched_on',
  'locked',
  'memory_mb',
  'os_type',
  'reservation_id',
  'root_gb',
  'shutdown_terminate',
  'user_data',
  'vcpus',
  'vm_mode',
];

type SortValue = string | number | null;

const SORT_FIELDS: Record<string, (s: ServerRecord) => SortValue> = {
  access_ip_v4: (s) => s.accessIPv4,
  access_ip_v6: (s) => s.accessIPv6,
  auto_disk_config: (s) => (s.diskConfig === 'AUTO' ? 1 : 0),
  availability_zone: (s) => s.availabilityZone,
  config_drive: (s) => (s.configDrive ? 'True' : ''),
  created_at: (s) => s.createdAt,
  display_description: (s) => s.description,
  display_name: (s) => s.name,
  host: (s) => s.host,
  hostname: (s) => s.hostname,
  image_ref: (s) => s.imageId,
  instance_type_id: (s) => Number(s.flavor.id) || s.flavor.id,
  kernel_id: () => '',
  key_name: (s) => s.keyName,
  launch_index: (s) => s.launchIndex,
  launched_at: (s) => s.launchedAt,
  locked: (s) => (s.locked ? 1 : 0),
  locked_by: (s) => s.lockedBy,
  node: (s) => s.host,
  power_state: (s) => s.state.powerState,
  progress: () => 0,
  project_id: (s) => s.projectId,
  ramdisk_id: () => '',
  root_device_name: () => '/dev/vda',
  task_state: (s) => s.state.taskState,
  terminated_at: (s) => s.terminatedAt,
  updated_at: (s) => s.updatedAt,
  user_id: (s) => s.userId,
  uuid: (s) => s.id,
  vm_state: (s) => s.state.vmState,
};

/** The sort_key enum of the query schema at `v`. */
export function validSortKeys(v: ApiVersion): string[] {
  const base = Object.keys(SORT_FIELDS).filter((k) => k !== 'locked');
  if (!atLeast(v, '2.73')) return [...base, ...IGNORED_SORT_KEYS];
  const ignored = IGNORED_SORT_KEYS.filter((k) => k !== 'locked');
  return atLeast(v, '2.75') ? ['locked', ...base] : ['locked', ...base, ...ignored];
}

export interface SortSpec {
  keys: string[];
  dirs: ('asc' | 'desc')[];
}

/** common.get_sort_params + remove_invalid_sort_keys; host/node only for admins. */
export function sortSpec(
  query: URLSearchParams,
  v: ApiVersion,
  isAdmin: boolean,
): SortSpec | ListProblem {
  const keys = query.getAll('sort_key');
  const dirs = query.getAll('sort_dir');
  for (const dir of dirs) {
    if (dir !== 'asc' && dir !== 'desc') {
      return { status: 400, message: "Unknown sort direction, must be 'desc' or 'asc'" };
    }
  }
  if (dirs.length > keys.length && keys.length > 0) {
    return { status: 400, message: 'Sort direction size exceeds sort key size' };
  }
  const ignored = atLeast(v, '2.73')
    ? IGNORED_SORT_KEYS.filter((k) => k !== 'locked')
    : IGNORED_SORT_KEYS;
  const kept: SortSpec = { keys: [], dirs: [] };
  keys.forEach((key, i) => {
    if (ignored.includes(key)) return;
    if (!isAdmin && (key === 'host' || key === 'node')) {
      return;
    }
    kept.keys.push(key);
    kept.dirs.push((dirs[i] ?? dirs[0] ?? 'desc') as 'asc' | 'desc');
  });
  if (kept.keys.length === 0) return { keys: ['created_at'], dirs: ['desc'] };
  return kept;
}

function compareValues(a: SortValue, b: SortValue): number {
  // MySQL sorts NULL first ascending.
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'string' && typeof b === 'string') {
    const ka = a.toUpperCase();
    const kb = b.toUpperCase();
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortServers(servers: ServerRecord[], spec: SortSpec): ServerRecord[] {
  const lastDir = spec.dirs.at(-1) ?? 'desc';
  return [...servers].sort((a, b) => {
    for (const [i, key] of spec.keys.entries()) {
      const field = SORT_FIELDS[key];
      if (!field) continue;
      const c = compareValues(field(a), field(b));
      if (c !== 0) return spec.dirs[i] === 'asc' ? c : -c;
    }
    // Nova adds the internal id as a tie-breaker, in the last key's direction.
    const c = a.instanceNumber - b.instanceNumber;
    return lastDir === 'asc' ? c : -c;
  });
}
