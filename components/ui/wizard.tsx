'use client';
// A multi-step form (Horizon's Launch Instance shape): one zod schema per step,
// required steps marked, the submit button enabled once every step is valid.
import { useMemo, useState, type ReactNode } from 'react';
import type { FieldSpec, FieldValue, FormValues } from '@/lib/forms/types';
import { validateForm, type FieldErrors } from '@/lib/forms/validate';
import { recordOutcome } from '@/lib/session-log/record';
import { Alert } from './alert';
import { Button } from './button';
import { DialogBody, DialogFooter } from './dialog';
import { DialogFrame } from './dialog-frame';
import { EquivalentsPane, type Equivalents } from './equivalents-pane';
import { FormField } from './form-field';
import { Spinner } from './spinner';
import type { z } from 'zod';

export interface WizardStep {
  id: string;
  title: string;
  fields: FieldSpec[];
  schema: z.ZodType;
  /** A schema that depends on the values (a form generated from a template): used instead of `schema`. */
  schemaFor?: (values: FormValues) => z.ZodType;
  required?: boolean;
  /**
   * The step does not apply for these values (Create Network without a subnet):
   * it is shown disabled, Next and Back pass over it, and it is not validated.
   */
  skip?: (values: FormValues) => boolean;
  /** Explains the step's concept to a student. */
  help?: ReactNode;
  /**
   * Custom content (tables, pickers) rendered under the fields. `errors` holds the
   * step's messages for values the user has changed (or all, after a submit attempt),
   * so custom pickers can show them at the picker.
   */
  render?: (
    values: FormValues,
    setValue: (name: string, value: FieldValue) => void,
    errors: FieldErrors,
  ) => ReactNode;
}

export function Wizard({
  open,
  onClose,
  title,
  steps,
  defaults,
  submitLabel,
  onSubmit,
  equivalents,
  size = 'lg',
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  steps: WizardStep[];
  defaults: FormValues;
  submitLabel: string;
  /** Receives the merged parsed output of every step; throw to show the error. */
  onSubmit: (input: Record<string, unknown>) => Promise<void>;
  equivalents?: (values: FormValues) => Equivalents;
  /** 'xl' for wizards whose steps hold wide tables. */
  size?: 'lg' | 'xl';
}) {
  return (
    // The wizard's own code is loaded on demand by its panel, so it takes the
    // dialog code along directly (and renders at once, without waiting for it).
    <DialogFrame open={open} onClose={onClose} title={title} size={size}>
      <WizardContent
        title={title}
        steps={steps}
        defaults={defaults}
        submitLabel={submitLabel}
        onSubmit={onSubmit}
        onClose={onClose}
        equivalents={equivalents}
      />
    </DialogFrame>
  );
}

function WizardContent({
  title,
  steps,
  defaults,
  submitLabel,
  onSubmit,
  onClose,
  equivalents,
}: {
  /** The action's name in My Session's log. */
  title: string;
  steps: WizardStep[];
  defaults: FormValues;
  submitLabel: string;
  onSubmit: (input: Record<string, unknown>) => Promise<void>;
  onClose: () => void;
  equivalents?: (values: FormValues) => Equivalents;
}) {
  const [values, setValues] = useState<FormValues>(defaults);
  const [current, setCurrent] = useState(0);
  const [visited, setVisited] = useState<Set<number>>(() => new Set([0]));
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const skipped = steps.map((s) => s.skip?.(values) ?? false);
  const results = useMemo(
    () =>
      steps.map((s) =>
        s.skip?.(values)
          ? { ok: true as const, data: {}, errors: {} }
          : validateForm(s.schemaFor ? s.schemaFor(values) : s.schema, values),
      ),
    [steps, values],
  );
  const allValid = results.every((r) => r.ok);
  const step = steps[current];
  const result = results[current];
  if (!step || !result) return null;

  function setValue(name: string, value: FieldValue) {
    setValues((v) => ({ ...v, [name]: value }));
    setTouched((t) => ({ ...t, [name]: true }));
  }

  /** The nearest step from `index` in `direction` that applies, or `index` itself. */
  function applying(index: number, direction: 1 | -1): number {
    for (let i = index; i >= 0 && i < steps.length; i += direction) if (!skipped[i]) return i;
    return current;
  }
  const prevStep = current > 0 ? applying(current - 1, -1) : current;
  const nextStep = current < steps.length - 1 ? applying(current + 1, 1) : current;

  function go(index: number) {
    setCurrent(index);
    setVisited((v) => new Set(v).add(index));
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setAttempted(true);
    const firstInvalid = results.findIndex((r) => !r.ok);
    if (firstInvalid >= 0) {
      go(firstInvalid);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const merged = Object.assign({}, ...results.map((r) => (r.ok ? r.data : {}))) as Record<
        string,
        unknown
      >;
      await onSubmit(merged);
      // My Session: the change with its equivalents, recorded once the cloud answered.
      recordOutcome({
        action: title,
        values,
        equivalents: equivalents && (() => equivalents(values)),
      });
      onClose();
    } catch (e) {
      recordOutcome({
        action: title,
        values,
        equivalents: equivalents && (() => equivalents(values)),
        error: e,
      });
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const showErrors = (name: string) => attempted || touched[name];
  const shownErrors: FieldErrors = Object.fromEntries(
    Object.entries(result.errors).filter(([name]) => showErrors(name)),
  );

  return (
    <form noValidate onSubmit={submit} className="flex min-h-0 flex-1 flex-col">
      <DialogBody>
        <div className="grid gap-5 md:grid-cols-[11rem_minmax(0,1fr)_minmax(0,18rem)]">
          <nav aria-label="Steps">
            <ol className="space-y-0.5">
              {steps.map((s, index) => {
                // Mark a step once the user has left it (or tried to submit), not while they are in it.
                const invalid =
                  !results[index]?.ok && (attempted || (visited.has(index) && index !== current));
                return (
                  <li key={s.id}>
                    <button
                      type="button"
                      onClick={() => go(index)}
                      disabled={skipped[index]}
                      aria-current={index === current ? 'step' : undefined}
                      className={`flex w-full items-center justify-between rounded px-2 py-1.5 text-left text-sm ${
                        index === current
                          ? 'bg-accent-soft font-semibold text-accent'
                          : skipped[index]
                            ? 'cursor-not-allowed text-muted line-through'
                            : 'hover:bg-hover'
                      }`}
                    >
                      <span>
                        {s.title}
                        {s.required && (
                          <span aria-label="required" className="ml-0.5 text-bad-fg">
                            *
                          </span>
                        )}
                      </span>
                      {invalid && (
                        <span aria-label="has errors" className="size-2 rounded-full bg-bad-fg" />
                      )}
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
          <section aria-label={step.title} className="space-y-4">
            {error && (
              <Alert tone="error" title="Error">
                {error}
              </Alert>
            )}
            {step.fields
              .filter((f) => !f.visible || f.visible(values))
              .map((field) => (
                <FormField
                  key={field.name}
                  field={field}
                  value={values[field.name]}
                  error={showErrors(field.name) ? result.errors[field.name] : undefined}
                  onChange={(value) => setValue(field.name, value)}
                  onBlur={() => setTouched((t) => ({ ...t, [field.name]: true }))}
                />
              ))}
            {step.render?.(values, setValue, shownErrors)}
          </section>
          <aside className="space-y-3 text-sm text-muted">
            {step.help && <div className="leading-relaxed">{step.help}</div>}
            {equivalents && <EquivalentsPane equivalents={equivalents(values)} />}
          </aside>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose}>Cancel</Button>
        <Button onClick={() => go(prevStep)} disabled={prevStep === current}>
          Back
        </Button>
        <Button onClick={() => go(nextStep)} disabled={nextStep === current}>
          Next
        </Button>
        <Button type="submit" variant="primary" disabled={busy || !allValid}>
          {busy && <Spinner label="Working" />}
          {submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
