'use client';
// The Topology tab of a stack: its resources as nodes in their status tones,
// an arrow from each resource to those that depend on it (Heat's
// `required_by`), each node a link to the real resource's page where the
// dashboard has one. Polled while the stack is in progress. The canvas (React
// Flow and dagre) loads only when this tab is shown.
import dynamic from 'next/dynamic';
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import type { Stack } from '@/lib/openstack/orchestration/heat-schemas';
import { isBusy } from './stack-status';
import { topologyGraph } from './stack-topology-graph';

function Loading() {
  return (
    <p className="text-sm text-muted">
      <Spinner label="Loading" /> Loading topology…
    </p>
  );
}

const GraphCanvas = dynamic(
  () => import('@/components/ui/graph/graph-canvas').then((m) => m.GraphCanvas),
  { ssr: false, loading: Loading },
);

export function StackTopology({ stack }: { stack: Stack }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const { data, error } = useSWR(
    ['stack-resources', scopeKey, stack.id, stack.stack_status],
    () => api.orchestration.listStackResources({ name: stack.stack_name, id: stack.id }),
    { refreshInterval: isBusy(stack.stack_status) ? 3000 : 0 },
  );
  if (error)
    return (
      <Alert tone="error" title="Unable to retrieve the stack's resources.">
        {(error as Error).message}
      </Alert>
    );
  if (!data) return <Loading />;
  if (data.length === 0)
    return (
      <p className="rounded border border-line bg-surface px-4 py-3 text-sm text-muted">
        This stack has no resources.
      </p>
    );
  return <GraphCanvas graph={topologyGraph(data)} label="Stack topology" />;
}
