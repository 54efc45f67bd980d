'use client';
// The Console tab: the cloud's own console page in a frame, or a plain message
// when the cloud has no console for this instance.
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { useApi } from '@/lib/hooks/use-api';
import type { Server } from '@/lib/schemas/nova-servers';

export function InstanceConsole({ server }: { server: Server }) {
  const api = useApi();
  const { data, error } = useSWR(
    ['console-url', server.id],
    () => api.compute.getRemoteConsole(server.id),
    {
      revalidateOnFocus: false,
    },
  );
  if (error) {
    return (
      <Alert tone="info" title="This cloud offers no console for this instance.">
        {(error as Error).message}
      </Alert>
    );
  }
  if (!data)
    return (
      <div
        aria-busy="true"
        className="h-[30rem] animate-pulse rounded border border-line bg-surface"
      />
    );
  return (
    <section aria-label="Instance Console" className="space-y-2">
      <p className="text-sm text-muted">
        If the console does not answer to the keyboard, click its grey status bar.{' '}
        <a href={data} target="_blank" rel="noreferrer" className="text-accent underline">
          Open the console in a new window
        </a>
        .
      </p>
      <iframe
        title={`Console of ${server.name}`}
        src={data}
        className="h-[30rem] w-full rounded border border-line bg-black"
      />
    </section>
  );
}
