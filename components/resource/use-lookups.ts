'use client';
// Loads what columns need beyond the rows (image names…), once per page of rows.
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { loadLookups, renderedFor, type InitialList } from '@/lib/resources/list-page';
import type { Lookups, ResourceDefinition } from '@/lib/resources/types';

const EMPTY: Lookups = {};

export function useLookups<T>(
  resource: ResourceDefinition<T>,
  rows: T[] | undefined,
  initial?: InitialList<T>,
): Lookups {
  const api = useApi();
  const scopeKey = useScopeKey();
  const loaders = resource.lookups;
  const keyOf = resource.lookupKey ?? resource.key;
  const keys = rows?.map(keyOf).join(',') ?? '';
  const mine = renderedFor(initial, scopeKey);
  const rendered = mine && keys === mine.page.items.map(keyOf).join(',') ? mine.lookups : undefined;
  const { data } = useSWR(
    loaders && rows && rows.length > 0 ? [`lookups:${resource.panel.id}:${scopeKey}`, keys] : null,
    () => loadLookups(resource, api, rows ?? []),
    {
      keepPreviousData: true,
      revalidateOnFocus: false,
      fallbackData: rendered,
      revalidateOnMount: rendered === undefined,
    },
  );
  return data ?? EMPTY;
}
