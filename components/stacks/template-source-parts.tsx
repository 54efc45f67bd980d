'use client';
// Step 1's own parts: the template file picker and the Validate button.
import { useState, type ChangeEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import type { TemplateValidation } from '@/lib/openstack/orchestration/heat-schemas';

/**
 * Asks Heat about the template (`check`). When Heat's refusal is shown at a
 * field (`refusalAt`: the Template URL), the alert points there instead of
 * repeating it.
 */
export function ValidateTemplate({
  check,
  refusalAt,
}: {
  check: () => Promise<TemplateValidation>;
  refusalAt?: string;
}) {
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'ok'; text: string }
    | { kind: 'error'; text: string; at?: string }
  >({ kind: 'idle' });
  async function validate() {
    setState({ kind: 'busy' });
    try {
      const answer = await check();
      const params = Object.keys(answer.Parameters ?? {}).length;
      setState({
        kind: 'ok',
        text: `${answer.Description ? `${answer.Description} ` : ''}(${params} parameter${params === 1 ? '' : 's'})`,
      });
    } catch (e) {
      setState({ kind: 'error', text: e instanceof Error ? e.message : String(e), at: refusalAt });
    }
  }
  return (
    <div className="space-y-2">
      <Button onClick={validate} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' && <Spinner label="Validating" />}
        Validate
      </Button>
      <div aria-live="polite">
        {state.kind === 'ok' && (
          <Alert tone="success" title="The template is valid.">
            {state.text}
          </Alert>
        )}
        {state.kind === 'error' && (
          <Alert tone="error" title="The template is not valid.">
            {state.at ? `Heat’s answer is shown at ${state.at}.` : state.text}
          </Alert>
        )}
      </div>
    </div>
  );
}

export function TemplateFile({ onLoad }: { onLoad: (text: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  async function load(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > 512 * 1024) {
      setError(`${file.name} is larger than 512 KB.`);
      return;
    }
    setError(null);
    onLoad(await file.text());
  }
  return (
    <div className="space-y-1">
      <label className="block text-sm font-medium">
        Template File
        <input
          type="file"
          accept=".yaml,.yml,.json,.template"
          onChange={load}
          className="mt-1 block text-sm"
        />
      </label>
      {error && (
        <p role="alert" className="text-xs text-bad-fg">
          {error}
        </p>
      )}
    </div>
  );
}
