'use client';
// One page of a resource list through SWR, paged with the API's own limit/marker;
// the first page may come rendered by the server.
import { useEffect, useState } from 'react';
import useSWR, { useSWRConfig } from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useDashboardSession, useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { usePageSize } from '@/lib/hooks/use-page-size';
import type { ListResult } from '@/lib/openstack/pagination';
import { fetchListPage, renderedFor, type InitialList } from '@/lib/resources/list-page';
import type { ResourceDefinition } from '@/lib/resources/types';

export function listKeyPrefix(resourceId: string, scopeKey: string): string {
  return `list:${resourceId}:${scopeKey}`;
}

export function usePagedList<T>(
  resource: ResourceDefinition<T>,
  filters?: Record<string, string>,
  initial?: InitialList<T>,
) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const session = useDashboardSession();
  const projectId = session.project.id;
  const admin = session.roles.includes('admin');
  const [pageSize, setPageSize] = usePageSize(initial?.pageSize);
  const [markers, setMarkers] = useState<(string | undefined)[]>([undefined]);
  const marker = markers[markers.length - 1];
  const filterKey = filters ? JSON.stringify(filters) : '';
  const key = [listKeyPrefix(resource.panel.id, scopeKey), pageSize, marker ?? '', filterKey];
  // The page the server rendered for this view: newer than anything cached.
  const mine = renderedFor(initial, scopeKey);
  const rendered =
    mine && pageSize === mine.pageSize && marker === undefined && !filterKey
      ? mine.page
      : undefined;

  const swr = useSWR<ListResult<T>>(
    key,
    () => fetchListPage(resource, api, { pageSize, marker, filters, projectId, admin }),
    {
      // Paging keeps the current rows on screen until the next page arrives (no jump).
      keepPreviousData: true,
      fallbackData: rendered,
      // Rows the server just fetched are not asked for again on load.
      revalidateOnMount: rendered === undefined,
    },
  );
  // Put the rendered page into the cache once, so changes to its rows (actions,
  // polling) apply to it like to any fetched page; until then it is what shows.
  const { mutate } = swr;
  const [seeded, setSeeded] = useState(false);
  useEffect(() => {
    if (seeded || !rendered) return;
    void mutate(rendered, { revalidate: false }).then(() => setSeeded(true));
  }, [mutate, rendered, seeded]);
  const data = rendered && !seeded ? rendered : swr.data;

  return {
    ...swr,
    data,
    rows: data?.items,
    pageSize,
    setPageSize(size: number) {
      setPageSize(size);
      setMarkers([undefined]);
    },
    hasPrev: markers.length > 1,
    hasNext: data?.next !== undefined,
    next() {
      const nextMarker = data?.next;
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
