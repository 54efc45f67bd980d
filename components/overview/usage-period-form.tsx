'use client';
// "Select a period of time to query its usage": From / To dates and Submit.
// Wrong periods are refused at the field with Horizon's own wording.
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { validateForm } from '@/lib/forms/validate';
import { isoDate, usagePeriodInput, type UsagePeriod } from './usage-period';

const INPUT =
  'h-8 rounded border border-line-strong bg-surface px-2 text-sm text-fg aria-[invalid=true]:border-bad-fg dark:scheme-dark';

function DateField({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        max="9999-12-31"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        className={INPUT}
      />
      {error && (
        <p id={`${id}-error`} className="max-w-64 text-xs font-medium text-bad-fg">
          {error}
        </p>
      )}
    </div>
  );
}

export function UsagePeriodForm({
  period,
  onSubmit,
}: {
  period: UsagePeriod;
  onSubmit: (period: UsagePeriod) => void;
}) {
  const [values, setValues] = useState(period);
  const [errors, setErrors] = useState<Record<string, string>>({});

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = validateForm(usagePeriodInput(isoDate(new Date())), { ...values });
    setErrors(result.errors);
    if (result.ok) onSubmit(result.data);
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-label="Usage period"
      className="flex flex-wrap items-start gap-3"
    >
      <p className="w-full text-sm text-muted">Select a period of time to query its usage:</p>
      <DateField
        label="From"
        value={values.start}
        error={errors.start}
        onChange={(start) => setValues((v) => ({ ...v, start }))}
      />
      <DateField
        label="To"
        value={values.end}
        error={errors.end}
        onChange={(end) => setValues((v) => ({ ...v, end }))}
      />
      <Button type="submit" variant="primary" className="mt-5">
        Submit
      </Button>
      <p className="w-full text-xs text-muted">
        The dates are in UTC; the period includes both days.
      </p>
    </form>
  );
}
