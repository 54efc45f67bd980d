'use client';
// Starts a row action the way its definition asks: navigate, run at once, or
// open the confirm/form dialog. Shared by the table and the detail page.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionContext, RowAction } from '@/lib/resources/types';
import { runOnRows } from './run-on-rows';
import { useActionOutcome } from './use-action-outcome';

export interface PendingRowAction<T> {
  action: RowAction<T>;
  rows: T[];
}

export function useRowAction<T>(
  ctx: ActionContext,
  onDone: (action: RowAction<T>, rows: T[]) => void,
) {
  const router = useRouter();
  const { reportRows } = useActionOutcome();
  const [pending, setPending] = useState<PendingRowAction<T> | null>(null);

  async function runNow(action: RowAction<T>, rows: T[]) {
    reportRows(action, await runOnRows(action, ctx, rows), (done) => onDone(action, done));
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
