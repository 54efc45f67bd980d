'use client';
// A stack's resources, shared by the Resources and Topology tabs (one SWR key, so
// switching tabs reuses the answer), re-read every 3 s while the stack is busy.
import useSWR from 'swr';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Stack } from '@/lib/openstack/orchestration/heat-schemas';
import { isBusy } from './stack-status';

export function useStackResources(stack: Stack) {
  const api = useApi();
  const scopeKey = useScopeKey();
  return useSWR(
    ['stack-resources', scopeKey, stack.id, stack.stack_status],
    () => api.orchestration.listStackResources({ name: stack.stack_name, id: stack.id }),
    { refreshInterval: isBusy(stack.stack_status) ? 3000 : 0 },
  );
}
