'use client';
// An external network by name (the detail page's gateway), its ID while unknown.
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';

export function RouterNetworkName({ id }: { id: string }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data } = useSWR(['router-network', scopeKey, id], () => api.network.getNetwork(id), {
    revalidateOnFocus: false,
  });
  return <>{data?.name || id}</>;
}
