'use client';
// Starts a row action the way its definition asks: navigate, run at once, or
// open the confirm/form dialog. Shared by the table and the detail page.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useToast } from '@/components/ui/toast';
import { handleSessionExpiry } from '@/lib/client/session-expiry';
import type { ActionContext, RowAction } from '@/lib/resources/types';
import { runOnRows } from './run-on-rows';

export interface PendingRowAction<T> {
  action: RowAction<T>;
  rows: T[];
}

export function useRowAction<T>(
  ctx: ActionContext,
  onDone: (action: RowAction<T>, rows: T[]) => void,
) {
  const router = useRouter();
  const toast = useToast();
  const [pending, setPending] = useState<PendingRowAction<T> | null>(null);

  async function runNow(action: RowAction<T>, rows: T[]) {
    const outcome = await runOnRows(action, ctx, rows);
    if (outcome.failed.some((f) => handleSessionExpiry(f.error))) return;
    if (outcome.done.length > 0) {
      toast.notify('success', 'Success', action.success(outcome.done));
      onDone(action, outcome.done);
    }
    for (const failure of outcome.failed)
      toast.notify('error', action.failure(failure.row), failure.message);
  }

  function start(action: RowAction<T>, rows: T[]) {
    const [first] = rows;
    if (action.href && first !== undefined) {
      router.push(action.href(first));
      return;
    }
    if (action.confirm || action.form) setPending({ action, rows });
    else void runNow(action, rows);
  }

  return { pending, start, close: () => setPending(null) };
}
