'use client';
// Values, touched fields and schema errors for one form (dialog or wizard step).
import { useMemo, useState } from 'react';
import type { FieldValue, FormValues } from '@/lib/forms/types';
import { validateForm } from '@/lib/forms/validate';
import type { z } from 'zod';

export function useFormState<S extends z.ZodType>(schema: S, defaults: FormValues) {
  const [values, setValues] = useState<FormValues>(defaults);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const validation = useMemo(() => validateForm(schema, values), [schema, values]);

  return {
    values,
    validation,
    setValue(name: string, value: FieldValue) {
      setValues((current) => ({ ...current, [name]: value }));
    },
    touch(name: string) {
      setTouched((current) => (current[name] ? current : { ...current, [name]: true }));
    },
    /** Errors the user should see now: touched fields, or all after a submit attempt. */
    visibleError(name: string): string | undefined {
      return submitted || touched[name] ? validation.errors[name] : undefined;
    },
    markSubmitted() {
      setSubmitted(true);
    },
    reset(next: FormValues = defaults) {
      setValues(next);
      setTouched({});
      setSubmitted(false);
    },
  };
}
