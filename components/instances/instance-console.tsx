'use client';
// The Console tab: the cloud's own console page in a frame, or a plain message
// when the cloud has no console for this instance. Nova's URL is checked first
// (lib/console-url.ts): framed only on an origin DASHBOARD_FRAME_SRC allows,
// linked only when it is http(s).
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { consoleTargets } from '@/lib/console-url';
import { useApi } from '@/lib/hooks/use-api';
import type { Server } from '@/lib/openstack/compute/server-schemas';

async function frameOrigins(): Promise<string[]> {
  const response = await fetch('/api/console-frame-origins');
  if (!response.ok) return [];
  const body = (await response.json()) as { origins?: unknown };
  return Array.isArray(body.origins) ? body.origins.filter((o) => typeof o === 'string') : [];
}

export function InstanceConsole({ server }: { server: Server }) {
  const api = useApi();
  const { data, error } = useSWR(
    ['console-url', server.id],
    () => api.compute.getRemoteConsole(server.id),
    {
      revalidateOnFocus: false,
    },
  );
  const origins = useSWR('console-frame-origins', frameOrigins, { revalidateOnFocus: false });
  if (error) {
    return (
      <Alert tone="info" title="This cloud offers no console for this instance.">
        {(error as Error).message}
      </Alert>
    );
  }
  if (!data || !origins.data)
    return (
      <div
        aria-busy="true"
        className="h-[30rem] animate-pulse rounded border border-line bg-surface"
      />
    );
  const { frame, link } = consoleTargets(data, origins.data, window.location.origin);
  if (!link) {
    return (
      <Alert tone="info" title="This cloud offers no console for this instance.">
        The console address the cloud gave is not a web address the dashboard can open.
      </Alert>
    );
  }
  return (
    <section aria-label="Instance Console" className="space-y-2">
      <p className="text-sm text-muted">
        {frame
          ? 'If the console does not answer to the keyboard, click its grey status bar. '
          : 'This console opens in a window of its own (the dashboard is not set up to show it here). '}
        <a href={link} target="_blank" rel="noopener noreferrer" className="text-accent underline">
          Open the console in a new window
        </a>
        .
      </p>
      {frame && (
        <iframe
          title={`Console of ${server.name}`}
          src={frame}
          // noVNC needs scripts, its own origin (storage, its WebSocket back home)
          // and forms. allow-scripts with allow-same-origin would let a
          // same-origin page lift its own sandbox, but consoleTargets() only
          // frames origins other than the dashboard's, so the frame stays a
          // separate origin and cannot reach this page. No top navigation or popups.
          sandbox="allow-scripts allow-same-origin allow-forms allow-pointer-lock"
          referrerPolicy="no-referrer"
          className="h-[30rem] w-full rounded border border-line bg-black"
        />
      )}
    </section>
  );
}
