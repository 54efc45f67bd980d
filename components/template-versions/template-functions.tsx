'use client';
// The functions a template version offers (get_param, str_replace, …), with
// Heat's description of each; the condition functions on request.
import { useState } from 'react';
import useSWR from 'swr';
import { Alert } from '@/components/ui/alert';
import { Mono } from '@/components/ui/cells';
import { Spinner } from '@/components/ui/spinner';
import { useApi } from '@/lib/hooks/use-api';
import { useScopeKey } from '@/lib/hooks/use-dashboard-session';

export function TemplateFunctions({ version }: { version: string }) {
  const api = useApi();
  const scopeKey = useScopeKey();
  const [conditions, setConditions] = useState(false);
  const { data, error } = useSWR(['template-functions', scopeKey, version, conditions], () =>
    api.orchestration.listTemplateFunctions(version, { withConditionFunctions: conditions }),
  );
  return (
    <div className="space-y-2">
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={conditions}
          onChange={(e) => setConditions(e.target.checked)}
        />
        Include condition functions
      </label>
      {error ? (
        <Alert tone="error" title="Unable to retrieve the template functions.">
          {(error as Error).message}
        </Alert>
      ) : !data ? (
        <p className="text-sm text-muted">
          <Spinner label="Loading" /> Loading functions…
        </p>
      ) : data.length === 0 ? (
        <p className="rounded border border-line bg-surface px-4 py-3 text-sm text-muted">
          This template version has no functions.
        </p>
      ) : (
        <section
          aria-label="Template Functions"
          className="overflow-auto rounded border border-line bg-surface"
        >
          <table className="w-full text-sm">
            <thead className="text-left text-muted">
              <tr>
                <th className="px-4 py-2 font-medium">Function</th>
                <th className="px-4 py-2 font-medium">Description</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {data.map((f) => (
                <tr key={f.functions}>
                  <td className="px-4 py-2 align-top">
                    <Mono>{f.functions}</Mono>
                  </td>
                  <td className="px-4 py-2 whitespace-pre-line">{f.description || '-'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
