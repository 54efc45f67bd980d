'use client';
// The Log tab: the last N lines of the console output, refreshed on demand.
import { useId, useState } from 'react';
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useApi } from '@/lib/hooks/use-api';
import type { Server } from '@/lib/openstack/compute/server-schemas';

const DEFAULT_LINES = 35;

export function InstanceLog({ server }: { server: Server }) {
  const api = useApi();
  const inputId = useId();
  const [draft, setDraft] = useState(String(DEFAULT_LINES));
  const [lines, setLines] = useState<number | undefined>(DEFAULT_LINES);
  const valid = /^\d{1,6}$/.test(draft) && Number(draft) > 0;
  const { data, error, isValidating, mutate } = useSWR(
    ['console-log', server.id, lines ?? 'all'],
    () => api.compute.getConsoleOutput(server.id, lines),
  );

  return (
    <section aria-label="Instance Console Log" className="space-y-2">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) setLines(Number(draft));
        }}
      >
        <div>
          <label htmlFor={inputId} className="block text-xs font-medium text-muted">
            Log Length
          </label>
          <input
            id={inputId}
            value={draft}
            inputMode="numeric"
            aria-invalid={!valid || undefined}
            onChange={(e) => setDraft(e.target.value)}
            className="h-8 w-24 rounded border border-line-strong bg-surface px-2 text-sm aria-[invalid=true]:border-bad-fg"
          />
        </div>
        <Button type="submit" disabled={!valid}>
          Go
        </Button>
        <Button onClick={() => setLines(undefined)}>View Full Log</Button>
        <Button onClick={() => void mutate()} disabled={isValidating}>
          Refresh
        </Button>
        {!valid && (
          <p className="text-xs text-bad-fg">Log Length must be a whole number from 1 to 999999.</p>
        )}
      </form>
      {error ? (
        <Alert tone="error" title="Unable to get the log.">
          {(error as Error).message}
        </Alert>
      ) : (
        <pre
          tabIndex={0}
          aria-label="Console output"
          aria-busy={data === undefined}
          className="max-h-[32rem] min-h-64 overflow-auto rounded border border-line bg-[#0d1117] p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap text-[#d6dde6]"
        >
          {data === undefined ? 'Loading…' : data || '(the console has printed nothing yet)'}
        </pre>
      )}
    </section>
  );
}
