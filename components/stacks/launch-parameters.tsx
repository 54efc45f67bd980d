'use client';
// Step 2's own parts: the form generated from the template's parameters (one
// fieldset per parameter group), Heat's reading of a template given by URL
// (a loading line while it reads, its words when it refuses), and Preview.
import { useEffect, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import type { FieldValue, FormValues } from '@/lib/forms/types';
import type { FieldErrors } from '@/lib/forms/validate';
import type { Api } from '@/lib/openstack/api';
import type { ParameterField, ParameterSection } from '@/lib/orchestration-template/parameters';
import type { ValidatedParameters } from '@/lib/orchestration-template/validation';
import { parameterFieldSpec, parameterValues, paramKey } from './stack-inputs';
import { urlKey, type UrlReading, type UrlSource } from './url-source';
import type { Pickers } from './use-pickers';

const text = (v: FieldValue | undefined) => (typeof v === 'string' ? v : '');

export function ParameterSections({
  sections,
  pickers,
  values,
  setValue,
  errors,
}: {
  sections: ParameterSection[];
  pickers: Pickers;
  values: FormValues;
  setValue: (name: string, value: FieldValue) => void;
  errors: FieldErrors;
}) {
  if (sections.length === 0)
    return <p className="text-sm text-muted">The template has no parameters.</p>;
  return (
    <>
      {sections.map((section, i) => {
        const fields = section.parameters.map((p) => (
          <FormField
            key={p.name}
            field={parameterFieldSpec(p, pickers)}
            value={values[paramKey(p.name)]}
            error={errors[paramKey(p.name)]}
            onChange={(v) => setValue(paramKey(p.name), v)}
          />
        ));
        return section.label ? (
          <fieldset
            key={`${section.label}-${i}`}
            className="space-y-3 rounded border border-line p-3"
          >
            <legend className="px-1 text-sm font-semibold">{section.label}</legend>
            {section.description && <p className="text-xs text-muted">{section.description}</p>}
            {fields}
          </fieldset>
        ) : (
          <div key={`rest-${i}`} className="space-y-3">
            {fields}
          </div>
        );
      })}
    </>
  );
}

/**
 * A template given by URL: asks Heat for its parameters when shown (entering
 * the step, or another URL), then shows what `children` makes of them.
 */
export function UrlParameters({
  source,
  reading,
  ensure,
  children,
}: {
  source: UrlSource | null;
  reading: UrlReading | undefined;
  ensure: (source: UrlSource) => void;
  children: (read: ValidatedParameters) => ReactNode;
}) {
  const key = source ? urlKey(source) : null;
  useEffect(() => {
    if (key === null) return;
    const [url, environment] = JSON.parse(key) as [string, string];
    ensure({ url, environment });
  }, [key, ensure]);
  if (!source)
    return (
      <p className="text-sm text-bad-fg">Enter the template’s URL in Select Template first.</p>
    );
  if (!reading || reading.state === 'pending')
    return (
      <p className="text-sm text-muted">
        <Spinner label="Loading" /> Heat is reading the template at {source.url}…
      </p>
    );
  if (reading.state === 'refused')
    return (
      <Alert tone="error" title="Heat could not read the template.">
        <p>{reading.message}</p>
        <p className="mt-1">Go Back to Select Template to correct the URL or the environment.</p>
      </Alert>
    );
  return <>{children(reading)}</>;
}

export function PreviewStack({
  api,
  values,
  fields,
}: {
  api: Api;
  values: FormValues;
  fields: ParameterField[];
}) {
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy' }
    | { kind: 'ok'; resources: { name: string; type: string }[] }
    | { kind: 'error'; text: string }
  >({ kind: 'idle' });
  async function preview() {
    setState({ kind: 'busy' });
    try {
      const env = text(values.environment_data);
      const answer = await api.orchestration.previewStack({
        name: text(values.stack_name).trim() || 'preview',
        ...(values.template_source === 'url'
          ? { templateUrl: text(values.template_url).trim() }
          : { template: text(values.template_data) }),
        ...(env.trim() ? { environment: env } : {}),
        parameters: parameterValues(fields, values),
      });
      setState({
        kind: 'ok',
        resources: answer.resources.flatMap((r) =>
          Array.isArray(r) ? [] : [{ name: r.resource_name, type: r.resource_type }],
        ),
      });
    } catch (e) {
      setState({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <div className="space-y-2">
      <Button onClick={preview} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' && <Spinner label="Previewing" />}
        Preview Stack
      </Button>
      <div aria-live="polite">
        {state.kind === 'ok' && (
          <section aria-label="Stack preview" className="text-sm">
            <p className="font-medium">Heat would create {state.resources.length} resources:</p>
            <ul className="list-disc pl-5">
              {state.resources.map((r) => (
                <li key={r.name}>
                  {r.name} ({r.type})
                </li>
              ))}
            </ul>
          </section>
        )}
        {state.kind === 'error' && (
          <Alert tone="error" title="Unable to preview the stack.">
            {state.text}
          </Alert>
        )}
      </div>
    </div>
  );
}
