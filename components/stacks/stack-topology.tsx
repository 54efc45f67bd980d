'use client';
// The Topology tab of a stack: its resources as nodes in their status tones,
// an arrow from each resource to those that depend on it (Heat's
// `required_by`), each node a link to the real resource's page where the
// dashboard has one. Polled while the stack is in progress. The canvas (React
// Flow and dagre) loads only when this tab is shown.
import dynamic from 'next/dynamic';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import type { Stack } from '@/lib/openstack/orchestration/heat-schemas';
import { topologyGraph } from './stack-topology-graph';
import { useStackResources } from './use-stack-resources';

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
  const { data, error } = useStackResources(stack);
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
