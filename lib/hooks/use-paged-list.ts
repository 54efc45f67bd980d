'use client';
// One page of a resource list through SWR, paged with the API's own limit/marker.
// One extra row is asked for, so "Next" is offered only when there is a next page.
import { useState } from 'react';
import useSWR, { useSWRConfig } from 'swr';
import type { ListResult } from '@/lib/openstack/pagination';
import type { ResourceDefinition } from '@/lib/resources/types';
import { useApi } from './use-api';
import { useScopeKey } from './use-dashboard-session';
import { usePageSize } from './use-page-size';

export function listKeyPrefix(resourceId: string, scopeKey: string): string {
  return `list:${resourceId}:${scopeKey}`;
}

export function usePagedList<T>(resource: ResourceDefinition<T>, filters?: Record<string, string>) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const [pageSize, setPageSize] = usePageSize();
  const [markers, setMarkers] = useState<(string | undefined)[]>([undefined]);
  const marker = markers[markers.length - 1];
  const filterKey = filters ? JSON.stringify(filters) : '';
  const key = [listKeyPrefix(resource.panel.id, scopeKey), pageSize, marker ?? '', filterKey];

  const swr = useSWR<ListResult<T>>(
    key,
    async () => {
      if (resource.paging === 'none') return resource.list(api, { filters });
      const result = await resource.list(api, { limit: pageSize + 1, marker, filters });
      const items = result.items.slice(0, pageSize);
      const last = items[items.length - 1];
      const more = result.items.length > pageSize;
      return { items, next: more && last !== undefined ? resource.key(last) : undefined };
    },
    // Paging keeps the current rows on screen until the next page arrives (no jump).
    { keepPreviousData: true },
  );

  return {
    ...swr,
    rows: swr.data?.items,
    pageSize,
    setPageSize(size: number) {
      setPageSize(size);
      setMarkers([undefined]);
    },
    hasPrev: markers.length > 1,
    hasNext: swr.data?.next !== undefined,
    next() {
      const nextMarker = swr.data?.next;
      if (nextMarker !== undefined) setMarkers((m) => [...m, nextMarker]);
    },
    prev() {
      setMarkers((m) => (m.length > 1 ? m.slice(0, -1) : m));
    },
    firstPage() {
      setMarkers([undefined]);
    },
  };
}

/** Drop every cached page of a resource's list, so the next view fetches it anew. */
export function useInvalidateLists() {
  const { mutate } = useSWRConfig();
  const scopeKey = useScopeKey();
  return (resourceId: string) =>
    mutate(
      (key) => Array.isArray(key) && key[0] === listKeyPrefix(resourceId, scopeKey),
      undefined,
      { revalidate: true },
    );
}
