'use client';
// Project → Network → Network Topology: the project's networks, routers and
// instances as a live graph. Six list calls, re-fetched every few seconds
// while the tab is visible, so what is made or removed elsewhere shows up
// without a reload. The toolbar (create buttons) comes from the page.
import { useEffect, useMemo, type ReactNode } from 'react';
import useSWR from 'swr';
import { CreatedListener } from '@/components/resource/create-action-button';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';
import { TopologyCanvas } from './topology-canvas';
import { fetchTopology } from './topology-data';
import { buildTopology } from './topology-graph';
import { TopologyLegend } from './topology-legend';
import { markDataArrived } from './topology-marks';
import type { InitialTopology } from './prefetch-topology';

/** How often the graph is re-read while the page is visible (SWR pauses when hidden). */
export const REFRESH_MS = 8_000;

function Placeholder({ children }: { children: ReactNode }) {
  return <div className="absolute inset-0 flex items-center justify-center p-4">{children}</div>;
}

export function NetworkTopology({
  toolbar,
  initial,
}: {
  toolbar?: ReactNode;
  /** The graph the server fetched while rendering the page. */
  initial?: InitialTopology;
}) {
  const api = useApi();
  const scope = useScopeKey();
  const rendered = initial?.scope === scope ? initial.graph : undefined;
  const { data, error, isLoading, mutate } = useSWR(
    ['network-topology', scope],
    async () => buildTopology(await fetchTopology(api)),
    {
      fallbackData: rendered,
      // The server's graph is fresh; the next read is the interval's.
      revalidateOnMount: !rendered,
      refreshInterval: REFRESH_MS,
      onError: (e: unknown) => void handleSessionExpiry(e),
    },
  );
  useEffect(() => {
    if (data) markDataArrived();
  }, [data]);
  const counts = useMemo(() => {
    const count = (kind: string) => data?.nodes.filter((n) => n.kind === kind).length ?? 0;
    return data
      ? `${count('network') + count('external')} networks, ${count('router')} routers, ${count('instance')} instances`
      : '';
  }, [data]);
  const empty = data && !data.nodes.some((n) => n.kind === 'network' || n.kind === 'external');

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <TopologyLegend />
        <CreatedListener onCreated={() => void mutate()}>
          <div className="flex flex-wrap items-center gap-1.5">{toolbar}</div>
        </CreatedListener>
      </div>
      {data?.instancesError && (
        <Alert tone="warning" title="Instances are not shown">
          {data.instancesError}
        </Alert>
      )}
      {error && data && (
        <Alert tone="warning" title="The topology could not be refreshed">
          {(error as Error).message}
        </Alert>
      )}
      <section
        aria-label="Network topology"
        aria-busy={isLoading}
        className="relative h-[calc(100vh-13rem)] min-h-[420px] overflow-hidden rounded border border-line bg-page"
      >
        {data && !empty ? (
          <TopologyCanvas graph={data} serverDrawn={rendered !== undefined} />
        ) : (
          <Placeholder>
            {isLoading ? (
              <Spinner label="Loading the topology" />
            ) : error ? (
              <div className="max-w-lg">
                <Alert tone="error" title="Unable to retrieve the network topology">
                  {(error as Error).message}
                </Alert>
                <Button className="mt-2" onClick={() => void mutate()}>
                  Retry
                </Button>
              </div>
            ) : (
              <p className="text-sm text-muted">
                No networks. Create one with &quot;Create Network&quot;.
              </p>
            )}
          </Placeholder>
        )}
      </section>
      <p className="text-xs text-muted" aria-live="polite">
        {counts}
      </p>
    </div>
  );
}
