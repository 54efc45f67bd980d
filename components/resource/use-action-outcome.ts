'use client';
// What happens after an action ran, written once for the row menu, the row
// dialogs and the create dialogs: a success toast, an error toast per failed
// row, and a session that expired meanwhile sends the user to sign in.
import { useToast } from '@/components/ui/toast';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { RowAction } from '@/lib/resources/types';
import type { RowOutcome } from './run-on-rows';

export function useActionOutcome() {
  const toast = useToast();

  function succeeded(message: string) {
    toast.notify('success', 'Success', message);
  }

  /** Runs a call whose error the dialog itself shows; an expired session still leads to sign-in. */
  async function attempt<R>(call: () => Promise<R>): Promise<R> {
    try {
      return await call();
    } catch (error) {
      handleSessionExpiry(error);
      throw error;
    }
  }

  /**
   * Reports a row action over one or many rows. With `throwIfNoneDone` a run in
   * which every row failed throws, so the dialog stays open with the cloud's words.
   */
  function reportRows<T>(
    action: RowAction<T>,
    outcome: RowOutcome<T>,
    onDone: (done: T[]) => void,
    { throwIfNoneDone = false }: { throwIfNoneDone?: boolean } = {},
  ): void {
    if (outcome.failed.some((f) => handleSessionExpiry(f.error))) return;
    if (throwIfNoneDone && outcome.done.length === 0 && outcome.failed.length > 0) {
      throw new Error(
        outcome.failed.map((f) => `${action.failure(f.row)}. ${f.message}`).join('\n'),
      );
    }
    if (outcome.done.length > 0) {
      succeeded(action.success(outcome.done));
      onDone(outcome.done);
    }
    for (const failure of outcome.failed)
      toast.notify('error', action.failure(failure.row), failure.message);
  }

  return { succeeded, attempt, reportRows };
}
