import { badRequest, forbidden } from './errors';
import { imageVisibleTo, type ImageViewer } from './image-store';
import { pageByMarker } from '../http/marker-paging';
import { compareNames } from '../names';
import type { ImageListQuery, SortKey } from './image-query';
import type { ImageRecord } from './schema';

// glance.db.sqlalchemy.api.image_get_all over the region's images: the visibility
// rules of _select_images_query, the filter conditions, then _paginate_query.

const COLUMNS: Record<string, (i: ImageRecord) => string | number | boolean | null> = {
  id: (i) => i.id,
  name: (i) => i.name,
  disk_format: (i) => i.diskFormat,
  container_format: (i) => i.containerFormat,
  size: (i) => i.size,
  virtual_size: (i) => i.virtualSize,
  status: (i) => i.status,
  visibility: (i) => i.visibility,
  checksum: (i) => i.checksum,
  os_hash_algo: (i) => i.osHashAlgo,
  os_hash_value: (i) => i.osHashValue,
  min_disk: (i) => i.minDisk,
  min_ram: (i) => i.minRam,
  owner: (i) => i.owner,
  protected: (i) => i.protected,
  os_hidden: (i) => i.osHidden,
  created_at: (i) => i.createdAt,
  updated_at: (i) => i.updatedAt,
};

/** glance.common.utils.split_filter_op: 'op:value', except an ISO time with colons. */
function splitFilterOp(expression: string): [string, string] {
  const colon = expression.indexOf(':');
  if (colon < 0 || !Number.isNaN(parseIsoTime(expression))) return ['eq', expression];
  return [expression.slice(0, colon), expression.slice(colon + 1)];
}

function parseIsoTime(value: string): number {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) {
    return NaN;
  }
  return Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
}

/** split_filter_value_for_quotes: commas separate, double quotes protect. */
export function splitQuoted(value: string): string[] {
  const pattern = /"([^"\\]*(?:\\.[^"\\]*)*)",?|([^,]+),?|,/g;
  return [...value.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '');
}

function compareOp(op: string, a: number, b: number): boolean {
  switch (op) {
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    case 'neq':
      return a !== b;
    case 'eq':
      return a === b;
    default:
      throw badRequest('Unable to filter on a unknown operator.');
  }
}

type Condition = (image: ImageRecord) => boolean;

function sameValue(column: string | number | boolean | null, value: string): boolean {
  if (column === null) return false;
  if (typeof column === 'string') return compareNames(column, value) === 0;
  if (typeof column === 'boolean') return ['1', 'true'].includes(value.toLowerCase()) === column;
  return Number(value) === column;
}

function conditionFor(key: string, value: string): Condition {
  if (key.endsWith('_min') || key.endsWith('_max')) {
    const column = COLUMNS[key.slice(0, -4)];
    const bound = /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : null;
    if (bound === null) throw badRequest('Unable to filter on a range with a non-numeric value.');
    const min = key.endsWith('_min');
    return (i) => {
      const v = column?.(i);
      return typeof v === 'number' && (min ? v >= bound : v <= bound);
    };
  }
  if (key === 'created_at' || key === 'updated_at') {
    const [op, iso] = splitFilterOp(value);
    const threshold = parseIsoTime(iso);
    if (Number.isNaN(threshold)) {
      throw badRequest(`Bad "${key}" query filter format. Use ISO 8601 DateTime notation.`);
    }
    compareOp(op, 0, 0); // an unknown operator fails even when nothing matches
    const column = COLUMNS[key];
    // DATETIME columns keep whole seconds.
    return (i) => compareOp(op, Math.floor(Number(column?.(i)) / 1000) * 1000, threshold);
  }
  if (['name', 'id', 'status', 'container_format', 'disk_format'].includes(key)) {
    const [op, operand] = splitFilterOp(value);
    const column = COLUMNS[key];
    if (op === 'in') {
      const wanted = splitQuoted(operand);
      return (i) => wanted.some((w) => sameValue(column?.(i) ?? null, w));
    }
    if (op !== 'eq') throw badRequest(`Unable to filter by unknown operator '${op}'.`);
    return (i) => sameValue(column?.(i) ?? null, operand);
  }
  const column = COLUMNS[key];
  if (column) return (i) => sameValue(column(i), value);
  return (i) => i.properties[key] === value;
}

function compareBy(key: SortKey, a: ImageRecord, b: ImageRecord): number {
  const x = COLUMNS[key]?.(a) ?? null;
  const y = COLUMNS[key]?.(b) ?? null;
  if (x === y) return 0;
  // MySQL sorts NULL first.
  if (x === null) return -1;
  if (y === null) return 1;
  if (typeof x === 'string' && typeof y === 'string') {
    return key === 'id' ? (x < y ? -1 : 1) : compareNames(x, y);
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

export function listImages(
  images: ImageRecord[],
  viewer: ImageViewer,
  query: ImageListQuery,
): ImageRecord[] {
  const conditions: Condition[] = [
    (i) => i.osHidden === query.osHidden,
    (i) => i.status !== 'killed',
    ...query.filters.map(([k, v]) => conditionFor(k, v)),
    ...query.tags.map(
      (tag): Condition =>
        (i) =>
          i.tags.includes(tag),
    ),
  ];
  if (query.protected !== null) conditions.push((i) => i.protected === query.protected);
  if (query.visibility !== null && query.visibility !== 'all') {
    conditions.push((i) => i.visibility === query.visibility);
  } else if (query.visibility === null) {
    // Community images only show when asked for, or to their owner.
    conditions.push((i) => i.visibility !== 'community' || i.owner === viewer.projectId);
  }
  const sharedWithViewer: Condition = (i) => {
    if (i.visibility !== 'shared') return false;
    const member = i.members.find((m) => m.memberId === viewer.projectId);
    return (
      member !== undefined && (query.memberStatus === 'all' || member.status === query.memberStatus)
    );
  };
  const regularUser: Condition = (i) =>
    i.visibility === 'public' ||
    i.visibility === 'community' ||
    (viewer.projectId !== null && i.owner === viewer.projectId) ||
    sharedWithViewer(i);
  const matching = images.filter(
    (i) => (viewer.isAdmin || regularUser(i)) && conditions.every((c) => c(i)),
  );
  const order = (a: ImageRecord, b: ImageRecord) => {
    for (const { key, dir } of query.sort) {
      const c = compareBy(key, a, b);
      if (c !== 0) return dir === 'asc' ? c : -c;
    }
    return 0;
  };
  matching.sort(order);
  // The marker is any image, filtered out or not, as long as the caller may see it.
  return pageByMarker(matching, {
    marker: query.marker,
    limit: query.limit,
    markerRows: images,
    isMarker: (i, marker) => i.id === marker,
    unknownMarker: (marker) => badRequest(`No image found with ID ${marker}`),
    checkMarker: (i, marker) => {
      if (!imageVisibleTo(i, viewer))
        throw forbidden(`Forbidding request, image ${marker} not visible`);
    },
    compare: order,
  });
}
