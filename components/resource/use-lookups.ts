'use client';
// Loads what columns need beyond the rows (image names…), once per page of rows.
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Lookups, ResourceDefinition } from '@/lib/resources/types';

const EMPTY: Lookups = {};

export function useLookups<T>(resource: ResourceDefinition<T>, rows: T[] | undefined): Lookups {
  const api = useApi();
  const scopeKey = useScopeKey();
  const loaders = resource.lookups;
  const keys = rows?.map(resource.key).join(',') ?? '';
  const { data } = useSWR(
    loaders && rows && rows.length > 0 ? [`lookups:${resource.panel.id}:${scopeKey}`, keys] : null,
    async () => {
      const entries = await Promise.all(
        Object.entries(loaders ?? {}).map(async ([name, load]) => {
          // A lookup that fails leaves its column showing ids, never an error page.
          const values = await load(api, rows ?? []).catch(() => ({}));
          return [name, values] as const;
        }),
      );
      return Object.fromEntries(entries) as Lookups;
    },
    { keepPreviousData: true, revalidateOnFocus: false },
  );
  return data ?? EMPTY;
}
