import type { FormValues } from './types';

/**
 * A form value as text: trimmed, or `fallback` while it is empty (the
 * equivalents show `<name>`-style placeholders). `raw` keeps the value as typed
 * (user data, key lists) and gives `fallback` only when it is not text.
 */
export function formText(
  values: Readonly<FormValues> | Readonly<Record<string, unknown>> | undefined,
  key: string,
  fallback = '',
  { raw = false }: { raw?: boolean } = {},
): string {
  const value = values?.[key];
  if (typeof value !== 'string') return fallback;
  if (raw) return value;
  return value.trim() || fallback;
}
