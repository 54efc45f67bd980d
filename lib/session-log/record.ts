// The one call the generic form dialog, wizard and row actions make when the
// cloud has answered: the entry is redacted here, before it is stored.
import type { Equivalents } from '@/lib/equivalents/types';
import { redactEquivalents } from './redact';
import { recordChange, resourceOf } from './store';

export interface Outcome {
  /** Horizon's words for the action ("Create Network"). */
  action: string;
  /** The form's values: the resource's name, and which values are secrets. */
  values?: Record<string, unknown>;
  /** Computes the equivalents; a throw records the change without them. */
  equivalents?: () => Equivalents | undefined;
  /** The call's result (a created resource) or the row acted on. */
  subject?: unknown;
  /** Set when the cloud refused. */
  error?: unknown;
}

function safeEquivalents(
  make: Outcome['equivalents'],
  values: Outcome['values'],
): Equivalents | undefined {
  try {
    const eq = make?.();
    return eq ? redactEquivalents(eq, values) : undefined;
  } catch {
    return undefined;
  }
}

export function recordOutcome({ action, values, equivalents, subject, error }: Outcome): void {
  const typedName = typeof values?.name === 'string' ? values.name : undefined;
  const resource = resourceOf(subject, typedName);
  const eq = safeEquivalents(equivalents, values);
  recordChange({
    action,
    ok: error === undefined,
    ...(error !== undefined
      ? { error: error instanceof Error ? error.message : String(error) }
      : {}),
    ...(resource ? { resource } : {}),
    ...(eq ? { equivalents: eq } : {}),
  });
}
