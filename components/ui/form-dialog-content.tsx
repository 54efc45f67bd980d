'use client';
// The form inside FormDialog (fields, live equivalents, the upstream error kept at
// the form, the result view), loaded when a form is first opened.
import { useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FieldFailure } from '@/lib/forms/field-failure';
import type { FormSpec, FormValues } from '@/lib/forms/types';
import { recordOutcome } from '@/lib/session-log/record';
import { Alert } from './alert';
import { Button } from './button';
import { DialogBody, DialogFooter } from './dialog';
import { EquivalentsPane, type Equivalents } from './equivalents-pane';
import { FormField } from './form-field';
import { Spinner } from './spinner';
import { useFormState } from './use-form-state';
import type { z } from 'zod';

export function FormDialogContent<S extends z.ZodType, R>({
  spec,
  onClose,
  onSubmit,
  equivalents,
  renderResult,
  initialValues,
}: {
  spec: FormSpec<S>;
  onClose: () => void;
  onSubmit: (input: z.infer<S>) => Promise<R>;
  equivalents?: (values: FormValues) => Equivalents;
  renderResult?: (result: R, close: () => void) => ReactNode;
  initialValues?: FormValues;
}) {
  const form = useFormState(spec.schema, { ...spec.defaults, ...initialValues });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The cloud's refusal of one field's value, shown at that field until it changes.
  const [fieldFailure, setFieldFailure] = useState<FieldFailure | null>(null);
  const [result, setResult] = useState<{ value: R } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  if (result && renderResult) {
    return <>{renderResult(result.value, onClose)}</>;
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    // Commit now so every invalid field carries aria-invalid before we look for
    // the first one; untouched fields would not be marked yet.
    flushSync(() => form.markSubmitted());
    if (!form.validation.ok) {
      const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setFieldFailure(null);
    try {
      const value = await onSubmit(form.validation.data);
      // My Session: every change is recorded with its equivalents once the cloud answered.
      recordOutcome({
        action: spec.title,
        values: form.values,
        equivalents: equivalents && (() => equivalents(form.values)),
        subject: value,
      });
      if (renderResult) setResult({ value });
      else onClose();
    } catch (e) {
      recordOutcome({
        action: spec.title,
        values: form.values,
        equivalents: equivalents && (() => equivalents(form.values)),
        error: e,
      });
      if (e instanceof FieldFailure && spec.fields.some((f) => f.name === e.field))
        setFieldFailure(e);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const visible = spec.fields.filter((f) => !f.visible || f.visible(form.values));

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="flex min-h-0 flex-1 flex-col">
      <DialogBody>
        <div className={equivalents ? 'grid gap-5 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]' : ''}>
          <div className="space-y-4">
            {error && (
              <Alert tone="error" title="Error">
                {error}
              </Alert>
            )}
            {form.validation.errors[''] && form.visibleError('') !== undefined && (
              <Alert tone="error">{form.validation.errors['']}</Alert>
            )}
            {visible.map((field) => (
              <FormField
                key={field.name}
                field={field}
                value={form.values[field.name]}
                error={
                  form.visibleError(field.name) ??
                  (fieldFailure?.field === field.name ? fieldFailure.message : undefined)
                }
                onChange={(value) => {
                  if (fieldFailure?.field === field.name) setFieldFailure(null);
                  form.setValue(field.name, value);
                  form.touch(field.name);
                }}
                onBlur={() => form.touch(field.name)}
              />
            ))}
          </div>
          {(spec.description || equivalents) && (
            <aside className="space-y-3 text-sm text-muted">
              {spec.description && <p className="leading-relaxed">{spec.description}</p>}
              {equivalents && <EquivalentsPane equivalents={equivalents(form.values)} />}
            </aside>
          )}
        </div>
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy && <Spinner label="Working" />}
          {spec.submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
