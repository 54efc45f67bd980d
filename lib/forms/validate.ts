import type { FormValues } from './types';
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type Validation<T> =
  { ok: true; data: T; errors: FieldErrors } | { ok: false; errors: FieldErrors };

/** Run the form's schema; keep the first message per field (and '' for form-wide ones). */
export function validateForm<S extends z.ZodType>(
  schema: S,
  values: FormValues,
): Validation<z.infer<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
