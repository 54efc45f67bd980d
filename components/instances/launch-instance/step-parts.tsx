'use client';
// Small pieces the wizard's custom steps share.
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import type { FieldValue, FormValues } from '@/lib/forms/types';
import type { FieldErrors } from '@/lib/forms/validate';
import type { ListState } from './use-launch-data';

export interface StepProps {
  values: FormValues;
  setValue: (name: string, value: FieldValue) => void;
  /** Messages for the values the user has changed. */
  errors: FieldErrors;
}

export function stringValue(values: FormValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

export function listValue(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : [];
}

/** DataTable's error prop for a list that failed. */
export function tableError(list: ListState<unknown>) {
  return list.error ? { message: list.error.message, retry: list.retry } : undefined;
}

/** A picker's message, where the picker is. */
export function PickerError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-xs font-medium whitespace-pre-line text-bad-fg">
      {message}
    </p>
  );
}

/** A list that is not a table: a loading line, or its service's error with Retry. */
export function ListStatus({ list, what }: { list: ListState<unknown>; what: string }) {
  if (list.error)
    return (
      <div className="space-y-2">
        <Alert tone="error" title={`Unable to retrieve ${what}.`}>
          {list.error.message}
        </Alert>
        <Button size="sm" onClick={list.retry}>
          Retry
        </Button>
      </div>
    );
  if (list.isLoading)
    return (
      <p className="flex items-center gap-2 text-xs text-muted">
        <Spinner label={`Loading ${what}`} /> Loading {what}…
      </p>
    );
  return null;
}

export function MoreButton({ list }: { list: ListState<unknown> }) {
  if (!list.hasMore || !list.more) return null;
  return (
    <Button size="sm" onClick={list.more} disabled={list.loadingMore}>
      {list.loadingMore && <Spinner label="Loading more" />}
      Load more
    </Button>
  );
}
