import { SwiftError } from './errors';
import type { SandboxRequest } from '../http/types';

// Swift's listing parameters (api-ref object-storage "Show account details and list
// containers", "Show container details and list objects"): names sorted, marker and
// end_marker exclusive, prefix, delimiter rolling names up into `subdir` entries,
// limit (default and maximum 10,000), reverse.

export const LISTING_LIMIT = 10000;

export interface ListingQuery {
  prefix: string;
  delimiter: string;
  marker: string;
  endMarker: string;
  limit: number;
  reverse: boolean;
}

export type ListingEntry<T> = { item: T } | { subdir: string };

const TRUE_VALUES = new Set(['true', '1', 'yes', 'on', 't', 'y']);

export function listingQuery(req: SandboxRequest): ListingQuery {
  const q = req.query;
  const given = q.get('limit');
  let limit = LISTING_LIMIT;
  if (given && /^\d+$/.test(given)) {
    limit = Number(given);
    if (limit > LISTING_LIMIT) {
      throw new SwiftError(412, `Maximum limit is ${LISTING_LIMIT}`);
    }
  }
  return {
    prefix: q.get('prefix') ?? '',
    delimiter: q.get('delimiter') ?? '',
    marker: q.get('marker') ?? '',
    endMarker: q.get('end_marker') ?? '',
    limit,
    reverse: TRUE_VALUES.has((q.get('reverse') ?? '').toLowerCase()),
  };
}

/** One page of `items` (sorted by name); starts at the marker or prefix by bisection. */
export function listPage<T extends { name: string }>(
  items: readonly T[],
  query: ListingQuery,
): ListingEntry<T>[] {
  const { prefix, delimiter, marker, endMarker, limit, reverse } = query;
  const out: ListingEntry<T>[] = [];
  let lastSubdir: string | null = null;
  const from = reverse
    ? items.length - 1
    : Math.max(
        marker ? findSorted(items, marker).index : 0,
        prefix ? findSorted(items, prefix).index : 0,
      );
  for (let i = from; reverse ? i >= 0 : i < items.length; i += reverse ? -1 : 1) {
    if (out.length >= limit) break;
    const item = items[i];
    if (!item) continue;
    const name = item.name;
    if (marker && (reverse ? name >= marker : name <= marker)) continue;
    if (endMarker && (reverse ? name <= endMarker : name >= endMarker)) {
      if (reverse) continue;
      break;
    }
    if (!name.startsWith(prefix)) {
      if (!reverse && prefix && name > prefix) break;
      continue;
    }
    if (delimiter) {
      const at = name.indexOf(delimiter, prefix.length);
      if (at >= 0) {
        const subdir = name.slice(0, at + delimiter.length);
        // A page that ended on this pseudo-folder does not repeat it.
        if (subdir === lastSubdir || subdir === marker) continue;
        lastSubdir = subdir;
        out.push({ subdir });
        continue;
      }
    }
    out.push({ item });
  }
  return out;
}

/** Index where `name` belongs in a list sorted by name, and whether it is there. */
export function findSorted<T extends { name: string }>(
  items: readonly T[],
  name: string,
): { index: number; found: boolean } {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = items[mid]?.name ?? '';
    if (at < name) lo = mid + 1;
    else hi = mid;
  }
  return { index: lo, found: items[lo]?.name === name };
}
