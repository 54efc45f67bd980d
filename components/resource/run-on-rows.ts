// Runs a row action over one or many rows and sorts out what worked.
import type { ActionContext, RowAction } from '@/lib/resources/types';

export interface RowOutcome<T> {
  done: T[];
  failed: { row: T; message: string; error: unknown }[];
}

export async function runOnRows<T>(
  action: RowAction<T>,
  ctx: ActionContext,
  rows: T[],
): Promise<RowOutcome<T>> {
  const results = await Promise.allSettled(rows.map((row) => action.run(ctx, row)));
  const outcome: RowOutcome<T> = { done: [], failed: [] };
  results.forEach((result, index) => {
    const row = rows[index] as T;
    if (result.status === 'fulfilled') outcome.done.push(row);
    else {
      const reason: unknown = result.reason;
      outcome.failed.push({
        row,
        error: reason,
        message: reason instanceof Error ? reason.message : String(reason),
      });
    }
  });
  return outcome;
}

/** Rows the action may not run on, with the reason (shown before confirming a batch). */
export function ineligibleRows<T>(
  action: RowAction<T>,
  rows: T[],
  session: ActionContext['session'],
): { row: T; reason: string }[] {
  if (!action.allowed) return [];
  return rows.flatMap((row) => {
    const allowed = action.allowed?.(row, session) ?? true;
    return allowed === true ? [] : [{ row, reason: allowed }];
  });
}
